/**
 * The overview's cards: one per metric, for its primary entity and unit, grouped by theme.
 */
import type { ClaimRow } from './claim-rows.ts';
import { byPeriod, primaryEntity, unitsByUse } from './claim-rows.ts';
import { latestActual } from './progress.ts';
import { targetStatus, type OfficialOutcomeOf, type TargetAssessment } from './target-status.ts';
import { THEMES, themeOf, type Theme } from './themes.ts';
import { compareText } from './compare-text.ts';

export interface MetricCard {
  metric: string;
  label: string;
  theme: Theme;
  entity: string;
  unit: string;
  /** The claims the card summarises (its entity and unit): its tile or sparkline. */
  rows: ClaimRow[];
  /** Where the series stands against its nearest target; absent when it has none. */
  status?: TargetAssessment;
  /**
   * The value the card leads with: the latest actual, or where there is none the latest
   * forecast or target (shown with its kind).
   */
  headline?: ClaimRow;
  /** All claims of the metric, every entity and unit. */
  claimCount: number;
  entities: string[];
}

export interface ThemeGroup {
  theme: Theme;
  cards: MetricCard[];
}

/**
 * One card per metric, grouped by theme (`themes`: the catalogue's, see `themes.ts`).
 * @param today `yyyy-mm-dd`, for deadlines that have passed
 * @param officialOf a target's verdict against the official figure, which decides its status
 */
export function buildMetricCards(
  rows: readonly ClaimRow[],
  themes: ReadonlyMap<string, Theme>,
  today: string,
  officialOf?: OfficialOutcomeOf<ClaimRow>,
): ThemeGroup[] {
  const byMetric = new Map<string, ClaimRow[]>();
  for (const row of rows) {
    const list = byMetric.get(row.metric);
    if (list) list.push(row);
    else byMetric.set(row.metric, [row]);
  }
  const cards: MetricCard[] = [];
  for (const [metric, metricRows] of byMetric) {
    const entity = primaryEntity(metricRows)!;
    const entityRows = metricRows.filter((row) => row.entity === entity);
    // A growth multiple ("fivefold") is not a level: prefer any other unit for the card.
    const unit =
      unitsByUse(entityRows.filter((row) => row.unit !== 'multiple'))[0] ??
      unitsByUse(entityRows)[0]!;
    const cardRows = entityRows.filter((row) => row.unit === unit);
    const status = targetStatus(cardRows, today, officialOf);
    const headline =
      (latestActual(cardRows.filter((row) => row.period)) as ClaimRow | undefined) ??
      latestOfAnyKind(cardRows);
    cards.push({
      metric,
      label: metricRows.find((row) => row.metric_label)?.metric_label ?? metric,
      theme: themeOf(metric, themes),
      entity,
      unit,
      rows: cardRows,
      ...(status ? { status } : {}),
      ...(headline ? { headline } : {}),
      claimCount: metricRows.length,
      entities: [...new Set(metricRows.map((row) => row.entity))].sort(),
    });
  }
  cards.sort((a, b) => compareText(a.label, b.label));
  return THEMES.map((theme) => ({
    theme,
    cards: cards.filter((card) => card.theme === theme),
  })).filter((group) => group.cards.length > 0);
}

function latestOfAnyKind(rows: readonly ClaimRow[]): ClaimRow | undefined {
  return [...rows].sort(byPeriod).at(-1);
}

/** Case-insensitive search over label, slug and entities. */
export function matchesSearch(card: MetricCard, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [card.label, card.metric, card.theme, ...card.entities].some((text) =>
    text.toLowerCase().includes(q),
  );
}
