import { wpsFailed } from "../office/host-messages";

/**
 * Runs `work` against WPS's object model (synchronous, though a step may await), turning whatever it throws into a
 * Chinese HostError: a call WPS refuses reaches the pane as one sentence.
 */
export async function guarded<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw wpsFailed(error);
  }
}
