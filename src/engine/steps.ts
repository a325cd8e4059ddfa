/**
 * Work done a piece at a time, as a generator: each `yield` is a point where the caller may stop for a
 * while. The same steps run at once in the CLI and tests, and in slices in a page, where compiling the
 * packs must never keep the user from typing.
 */
export type Steps<T> = Generator<void, T>;

/** Runs the steps to the end at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, asking `pause()` after each: a promise holds them until it settles, nothing goes on. */
export async function finishGradually<T>(steps: Steps<T>, pause: () => Promise<void> | undefined): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const paused = pause();
    if (paused) await paused;
  }
}
