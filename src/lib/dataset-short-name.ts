/**
 * Datasets named short enough for a legend or a banner: "baseline", "upload 6 Dec", with the time
 * added only where two uploads share a day. The full name (file and time) goes in a subtitle.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface NamedDataset {
  id: string;
  kind: 'baseline' | 'upload' | 'document';
  /** Milliseconds since the epoch. */
  createdAt: number;
}

const day = (time: number) => {
  const date = new Date(time);
  return `${date.getDate()} ${MONTHS[date.getMonth()]}`;
};
const clock = (time: number) => {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/**
 * @example shortDatasetName({ id: 'baseline', kind: 'baseline', createdAt: 0 }, []) // 'baseline'
 * @example shortDatasetName(upload of 6 Dec, [it]) // 'upload 6 Dec'
 * @example shortDatasetName(upload of 6 Dec 14:05, [it, another of 6 Dec]) // 'upload 6 Dec 14:05'
 */
export function shortDatasetName(dataset: NamedDataset, all: readonly NamedDataset[]): string {
  if (dataset.kind === 'baseline') return 'baseline';
  // a document's dataset and an upload are named by their kind and day
  const uploads = all.filter((other) => other.kind === dataset.kind);
  const name = `${dataset.kind} ${day(dataset.createdAt)}`;
  const sameDay = uploads.filter((other) => day(other.createdAt) === day(dataset.createdAt));
  if (sameDay.length <= 1) return name;
  const withTime = `${name} ${clock(dataset.createdAt)}`;
  const sameMinute = sameDay
    .filter((other) => clock(other.createdAt) === clock(dataset.createdAt))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  if (sameMinute.length <= 1) return withTime;
  return `${withTime} (${sameMinute.findIndex((other) => other.id === dataset.id) + 1})`;
}
