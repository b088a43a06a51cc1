/**
 * The result of async work that depends on reactive state (a document to show, a page of rows, a
 * preview to render): `load` runs again whenever what it read changes, and only the newest run's
 * result or error lands. Replaces the effect with a `current` flag that each view wrote by hand.
 * Make it while a component initialises (or inside `$effect.root`), like any `$effect`.
 *
 * `load` reads its reactive inputs before its first `await` (only those are tracked), gets an
 * AbortSignal that fires when a newer run replaces it or the owner is destroyed, and returns
 * `undefined` when there is nothing to load.
 *
 * @example
 * const page = new AsyncResource((signal) => source.page({ status, limit: shown }));
 * // page.value, page.loading, page.error
 */
export class AsyncResource<T> {
  /** The newest run's result; the previous one while a run is on its way, unless `clear`. */
  value = $state.raw<T | undefined>(undefined);
  loading = $state(false);
  /** The newest run's failure, as a message; empty when it succeeded or is on its way. */
  error = $state('');

  constructor(
    load: (signal: AbortSignal) => Promise<T> | undefined,
    options: { clear?: boolean } = {},
  ) {
    $effect(() => {
      const controller = new AbortController();
      const pending = load(controller.signal);
      if (options.clear) this.value = undefined;
      this.error = '';
      this.loading = pending !== undefined;
      pending?.then(
        (value) => {
          if (controller.signal.aborted) return;
          this.value = value;
          this.loading = false;
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          this.error = error instanceof Error ? error.message : String(error);
          this.loading = false;
        },
      );
      return () => controller.abort();
    });
  }
}

/** Resolves after `ms`, or rejects at once when `signal` aborts: a debounce for `load`. */
export function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}
