/** Performance marks the benchmark reads (`npm run bench`); each is set once per page load. */
import { yieldToEventLoop } from '../lib/yield.ts';

const marked = new Set<string>();
type Mark =
  | 'sandar:first-chart'
  | 'sandar:live-chart'
  | 'sandar:overview-ready'
  | 'sandar:store-open'
  | 'sandar:claims-ready';

let screenDrawn: () => void = () => {};
/** Resolves when the first screen's chart or cards are on screen. */
export const firstScreenDrawn = new Promise<void>((resolve) => (screenDrawn = resolve));

/**
 * Resolves in a task of its own once the first screen's chart or cards are drawn (so after that
 * frame is painted: the chart draws in an animation frame), or after `timeoutMs` when nothing
 * draws one (a number tile, a failed chart). What the first screen does without (storage, the
 * claim table) waits for it instead of competing with the first chart for the main thread.
 */
export function afterFirstScreen(timeoutMs = 1000): Promise<void> {
  return Promise.race([
    firstScreenDrawn.then(yieldToEventLoop),
    new Promise<void>((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
}

export function markOnce(name: Mark): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
  if (name === 'sandar:first-chart' || name === 'sandar:overview-ready') screenDrawn();
}
