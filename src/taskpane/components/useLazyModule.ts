import { useEffect, useState } from "react";

/** A loader that imports its module once, however often it is asked. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => (promise ??= load());
}

/** A module imported after the first render: null until it arrives, then the module; errors go to `onError`. */
export function useLazyModule<T>(load: () => Promise<T>, onError: (error: unknown) => void): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (module) => live && setLoaded(() => module),
      (error: unknown) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}
