#!/usr/bin/env bash
# Runs the whole `npm test` RUNS times in a row (default 3) while a CPU hog keeps one core busy, as a shared
# 2-core CI machine may be; prints each run's result and time. Stops at the first red run.
#   scripts/test-under-load.sh [RUNS]
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
node -e 'for (;;) {}' &
hog=$!
trap 'kill $hog 2>/dev/null' EXIT
echo "CPU hog: pid $hog (one core busy); load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  started=$(date +%s)
  if npm test >"test-under-load-$i.log" 2>&1; then result=green; else result=red; fi
  echo "run $i: $result in $(($(date +%s) - started)) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  [ "$result" = green ] || { tail -40 "test-under-load-$i.log"; exit 1; }
done
