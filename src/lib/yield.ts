/**
 * Lets the event loop run what is waiting (input on the page, queued messages in a worker) before
 * the caller goes on. A message round trip rather than `setTimeout(0)`: it is not clamped to 4 ms
 * when nested, and it comes after the tasks already queued (`scheduler.yield()` would come before
 * them, which a worker waiting for a Cancel message must not do).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * A pause to await in a long loop: it yields once `budgetMs` of work has gone by since the last
 * yield (or since it was made), and otherwise returns at once, so no task runs much longer.
 *
 * @example
 * const pause = pauseEvery(20);
 * for (const item of items) { work(item); await pause(); }
 */
export function pauseEvery(budgetMs: number): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await yieldToEventLoop();
    since = performance.now();
  };
}
