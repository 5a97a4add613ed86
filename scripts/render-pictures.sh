#!/usr/bin/env bash
# Renders the sample notice, minutes and 座次图 to PNG with LibreOffice (docs/images/), for the README and for a look.
# Needs: apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
node bin/huiwu.js samples "$out" >/dev/null
node bin/huiwu.js draft notice "$out/会议通知.json" -o "$out/notice.docx" >/dev/null
node bin/huiwu.js draft minutes "$out/会议纪要.json" --signin "$out/会议签到表（示例）.xlsx" -o "$out/minutes.docx" >/dev/null
export FONTCONFIG_FILE="$PWD/scripts/fonts.conf"
node bin/huiwu.js seating "$out/座次图（示例）.xlsx" -o "$out/seating.xlsx" >/dev/null
(cd "$out" && soffice --headless --convert-to pdf notice.docx minutes.docx seating.xlsx >/dev/null 2>&1)
mkdir -p docs/images
pdftoppm -png -r 70 "$out/notice.pdf" docs/images/notice
pdftoppm -png -r 70 -f 1 -l 1 "$out/minutes.pdf" docs/images/minutes
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$out/seating.pdf" docs/images/seating-chart
ls docs/images
