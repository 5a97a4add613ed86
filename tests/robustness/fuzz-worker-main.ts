import { parentPort } from "node:worker_threads";
import { type FuzzInput, runReader } from "./fuzz-readers";

/** The worker's side: each message is one input; the answer is its outcome. */
parentPort!.on("message", (input: FuzzInput & { id: number }) => {
  void runReader(input).then((outcome) => parentPort!.postMessage({ id: input.id, outcome }));
});
