/**
 * What the URL holds: the view, the selected metric, filters and the claim whose provenance is
 * open. Pure parse and serialize, so a bookmarked URL restores exactly the view it was taken from.
 */
import type { Scale } from '../charts/trend-option.ts';

export interface ViewState {
  /** 'overview', 'metric', 'table'; other views ('datasets', 'compare') register their own names. */
  view: string;
  /** Dataset shown; empty for the baseline. */
  dataset: string;
  metric: string;
  /** Metric view: entities hidden from the chart, empty for all shown. */
  entity: string;
  /** Metric view: unit drawn; empty for the metric's most used unit. */
  unit: string;
  scale: Scale;
  /** Key of the claim whose provenance panel is open. */
  claim: string;
  /** Overview search. */
  q: string;
  /** Table filters. */
  kind: string;
  source: string;
  period: string;
  /** Table filter: a verdict status (`overstated`…), or `checked` for every compared claim. */
  verdict: string;
  /** Table sort: column and direction. */
  sort: string;
  desc: boolean;
}

export const DEFAULT_VIEW_STATE: Readonly<ViewState> = {
  view: 'overview',
  dataset: '',
  metric: '',
  entity: '',
  unit: '',
  scale: 'linear',
  claim: '',
  q: '',
  kind: '',
  source: '',
  period: '',
  verdict: '',
  sort: '',
  desc: false,
};

const KEYS = Object.keys(DEFAULT_VIEW_STATE) as (keyof ViewState)[];

/**
 * @example parseViewState('?view=metric&metric=gdp&scale=log') // { ...DEFAULT_VIEW_STATE, view: 'metric', metric: 'gdp', scale: 'log' }
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...DEFAULT_VIEW_STATE };
  for (const key of KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    if (key === 'desc') state.desc = raw === '1';
    else if (key === 'scale') state.scale = raw === 'log' ? 'log' : 'linear';
    else state[key] = raw.slice(0, 500);
  }
  if (!/^[a-z][a-z-]{0,30}$/.test(state.view)) state.view = DEFAULT_VIEW_STATE.view;
  return state;
}

/** Only what differs from the defaults, in a fixed order, so equal states give equal URLs. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value === DEFAULT_VIEW_STATE[key]) continue;
    params.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
