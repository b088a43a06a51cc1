/** Performance marks the benchmark reads (`npm run bench`); each is set once per page load. */
const marked = new Set<string>();
type Mark =
  'sandar:first-chart' | 'sandar:overview-ready' | 'sandar:store-open' | 'sandar:claims-ready';

let screenDrawn: () => void = () => {};
/** Resolves when the first screen's chart or cards are on screen. */
export const firstScreenDrawn = new Promise<void>((resolve) => (screenDrawn = resolve));

export function markOnce(name: Mark): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
  if (name === 'sandar:first-chart' || name === 'sandar:overview-ready') screenDrawn();
}
