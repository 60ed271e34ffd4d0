/**
 * Work done in small steps: a generator that yields between steps and returns its result. A reader
 * stays a pure function of (Document, URL) — `finish` runs it all at once (tests, the background's
 * re-read before a send) — while the content script runs the same steps in slices and gives the
 * page its main thread back between them (lib/content/run-in-slices.ts).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
