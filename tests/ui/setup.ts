import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// Fluent UI v9 measures elements with ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// A pane test renders Fluent and clicks through a whole task: 1–10 s alone (typing a whole form key by key), several
// times that on a busy 2-core machine (a 10 s form test took over 30 s beside a bench run). Jest's 5 s default turned
// load into red runs; a hung test still fails, after 60 s, as the node tests do (jest.config.js).
jest.setTimeout(60_000);

// findBy… and waitFor give up after 1 s by default: a lazily loaded pane (its first import compiles in jest)
// takes longer than that on a loaded machine. 10 s still fails a pane that never comes.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no TextEncoder/TextDecoder; every browser the pane runs in has them (the .txt reader uses them).
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
(globalThis as Record<string, unknown>).TextEncoder ??= NodeTextEncoder;
(globalThis as Record<string, unknown>).TextDecoder ??= NodeTextDecoder;
