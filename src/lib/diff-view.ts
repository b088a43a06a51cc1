import { formatNumber, formatValue } from './format.ts';
import {
  sortDiffEntries,
  type DiffCounts,
  type DiffEntry,
  type DiffResult,
  type DiffSortKey,
  type DiffStatus,
} from './diff.ts';

/** The order rows come in unless sorted: what differs first, unchanged rows last. */
export const STATUS_ORDER: readonly DiffStatus[] = ['changed', 'added', 'removed', 'unchanged'];

export interface DiffQuery {
  /** Only entries with this status; empty for all. */
  status: DiffStatus | '';
  /**
   * Empty keeps the diff's own order within each status, changed, added and removed rows first
   * (grouped in one pass: no sort on open, however big the diff).
   */
  sortKey: DiffSortKey | '';
  descending: boolean;
  offset: number;
  limit: number;
}

export interface DiffPage {
  rows: DiffEntry[];
  /** Entries matching the query's status, all pages together. */
  total: number;
}

export interface MetricSummary {
  metric: string;
  label: string;
  /** Entries that are not unchanged. */
  changes: number;
  total: number;
}

export interface DiffOverview {
  counts: DiffCounts;
  total: number;
  /** Metrics with most changes first, then by name. */
  metrics: MetricSummary[];
}

/**
 * Questions a comparison answers a page at a time: counts, a sorted and filtered page of the
 * table, a metric's entries for its chart. Runs where the diff is (a worker for big datasets),
 * so the page only ever receives what it shows.
 */
export class DiffView {
  readonly #result: DiffResult;
  readonly #byMetric = new Map<string, DiffEntry[]>();
  #sorted: { key: string; entries: DiffEntry[] } | undefined;

  constructor(result: DiffResult) {
    this.#result = result;
    for (const entry of result.entries) {
      const group = this.#byMetric.get(entry.metric);
      if (group) group.push(entry);
      else this.#byMetric.set(entry.metric, [entry]);
    }
  }

  overview(): DiffOverview {
    const metrics: MetricSummary[] = [];
    for (const [metric, entries] of this.#byMetric) {
      let changes = 0;
      for (const entry of entries) if (entry.status !== 'unchanged') changes++;
      const first = entries[0]!;
      metrics.push({
        metric,
        label: (first.after ?? first.before)!.metric_label || metric,
        changes,
        total: entries.length,
      });
    }
    metrics.sort((a, b) => b.changes - a.changes || a.metric.localeCompare(b.metric));
    return { counts: this.#result.counts, total: this.#result.entries.length, metrics };
  }

  page(query: DiffQuery): DiffPage {
    const key = `${query.status}\u0000${query.sortKey}\u0000${query.descending}`;
    if (this.#sorted?.key !== key) {
      const filtered = query.status
        ? this.#result.entries.filter((e) => e.status === query.status)
        : query.sortKey
          ? this.#result.entries
          : byStatus(this.#result.entries);
      const entries = query.sortKey
        ? sortDiffEntries(filtered, query.sortKey, query.descending ? 'desc' : 'asc')
        : filtered;
      this.#sorted = { key, entries };
    }
    const entries = this.#sorted.entries;
    return { rows: entries.slice(query.offset, query.offset + query.limit), total: entries.length };
  }

  metric(metric: string): DiffEntry[] {
    return this.#byMetric.get(metric) ?? [];
  }

  entries(): readonly DiffEntry[] {
    return this.#result.entries;
  }
}

/** Entries grouped by `STATUS_ORDER`, each group in the diff's own order. */
export function byStatus(entries: readonly DiffEntry[]): DiffEntry[] {
  const groups = new Map<DiffStatus, DiffEntry[]>(STATUS_ORDER.map((status) => [status, []]));
  for (const entry of entries) groups.get(entry.status)!.push(entry);
  return STATUS_ORDER.flatMap((status) => groups.get(status)!);
}

/**
 * A pair's change as the table shows it: in the unit, and a difference of percentages in
 * percentage points.
 * @example formatChange(6% → 6.5%) // '+0.5 pp'
 * @example formatChange($800 million → $900 million) // '+$100 million'
 */
export function formatChange(entry: DiffEntry): string {
  if (entry.unitMismatch) return `units differ (${entry.before!.unit} → ${entry.after!.unit})`;
  if (entry.absoluteChange === null) return '';
  const unit = (entry.after ?? entry.before)!.unit;
  const text =
    unit === 'percent'
      ? `${formatNumber(entry.absoluteChange)} pp`
      : formatValue(entry.absoluteChange, unit);
  return entry.absoluteChange > 0 ? `+${text}` : text;
}
