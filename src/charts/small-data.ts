/**
 * Small data shown as what it is: a metric with fewer than three dated points gets a number tile
 * (each value as written, with its period, kind and source) instead of a lone dot on an empty grid;
 * three points or more get a chart. Claims without a period are never plotted: they are listed
 * apart, and fill the tile only when nothing dated is there.
 */
import type { Claim } from '../lib/claim.ts';
import { byPeriod } from '../lib/claim-rows.ts';
import { datedRows, undatedRows } from './year-axis.ts';

/** A chart needs at least this many dated points. */
export const MIN_CHART_POINTS = 3;
/** A tile shows at most this many values. */
export const MAX_TILE_VALUES = 2;

export interface Presentation<T> {
  mode: 'tile' | 'chart';
  /** Claims with a period, oldest first: the chart's points. */
  dated: T[];
  /** Claims without a period, as given. */
  undated: T[];
  /** The values a tile shows (empty for a chart). */
  tile: T[];
  /** Undated claims not in the tile: listed under "No period stated". */
  unplaced: T[];
}

/**
 * @param drawnBeside points the chart would draw besides the claims (the official series): a dated
 *   claim with an official history behind it is charted against that history, not tiled
 * @example presentation([one dated claim]) // { mode: 'tile', tile: [it], … }
 * @example presentation([three dated claims]) // { mode: 'chart', tile: [], … }
 * @example presentation([one dated claim], 14) // { mode: 'chart', tile: [], … }
 */
export function presentation<T extends Claim>(
  rows: readonly T[],
  drawnBeside = 0,
): Presentation<T> {
  const dated = datedRows(rows).sort(byPeriod);
  const undated = undatedRows(rows);
  if (dated.length > 0 && dated.length + drawnBeside >= MIN_CHART_POINTS)
    return { mode: 'chart', dated, undated, tile: [], unplaced: undated };
  const tile = dated.length > 0 ? dated : undated.slice(0, MAX_TILE_VALUES);
  return {
    mode: 'tile',
    dated,
    undated,
    tile,
    unplaced: undated.filter((row) => !tile.includes(row)),
  };
}
