/**
 * A card's sparkline as SVG geometry: a line through the actuals and hollow dots for targets,
 * on a shared linear scale. Drawn by the card as plain SVG (no chart instance per card). Claims
 * without a period are left out: publication time is not when a figure applies.
 */
import type { Claim } from '../lib/claim.ts';
import { periodX } from './year-axis.ts';

export interface Sparkline {
  /** SVG path through the actuals, oldest first; empty with fewer than two. */
  path: string;
  actuals: { x: number; y: number }[];
  targets: { x: number; y: number }[];
  forecasts: { x: number; y: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * @example buildSparkline([actual 2020 = 1, actual 2021 = 2], { width: 100, height: 20, pad: 0 })
 *   // path 'M0,20L100,0'
 */
export function buildSparkline(
  rows: readonly Pick<Claim, 'period' | 'source_date' | 'value' | 'kind'>[],
  size: { width: number; height: number; pad?: number },
): Sparkline {
  const pad = size.pad ?? 4;
  const points = rows
    .map((row) => ({ t: periodX(row.period), v: row.value, kind: row.kind }))
    .filter((p) => Number.isFinite(p.t))
    .sort((a, b) => a.t - b.t || a.v - b.v);
  if (points.length === 0) return { path: '', actuals: [], targets: [], forecasts: [] };
  const ts = points.map((p) => p.t);
  const vs = points.map((p) => p.v);
  const [t0, t1] = [Math.min(...ts), Math.max(...ts)];
  const [v0, v1] = [Math.min(0, ...vs), Math.max(...vs)];
  const x = (t: number) =>
    round(t1 === t0 ? size.width / 2 : pad + ((t - t0) / (t1 - t0)) * (size.width - 2 * pad));
  const y = (v: number) =>
    round(
      v1 === v0
        ? size.height / 2
        : size.height - pad - ((v - v0) / (v1 - v0)) * (size.height - 2 * pad),
    );
  const place = (kind: Claim['kind']) =>
    points.filter((p) => p.kind === kind).map((p) => ({ x: x(p.t), y: y(p.v) }));
  const actuals = place('actual');
  const path =
    actuals.length >= 2
      ? actuals.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('')
      : '';
  return { path, actuals, targets: place('target'), forecasts: place('forecast') };
}
