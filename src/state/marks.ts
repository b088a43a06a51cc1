/** Performance marks the benchmark reads (`npm run bench`); each is set once per page load. */
const marked = new Set<string>();

export function markOnce(name: 'sandar:first-chart' | 'sandar:overview-ready' | 'sandar:store-open' | 'sandar:claims-ready'): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}
