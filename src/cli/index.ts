import { main } from "./main";

// A reader that stops early (huiwu check … | head) closes the pipe: the output simply ends, with no stack.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
