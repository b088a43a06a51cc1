import { expect, test } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  parseViewState,
  serializeViewState,
} from '../../src/state/view-state.ts';

test.each([
  { search: '', expected: DEFAULT_VIEW_STATE },
  {
    search: '?view=metric&metric=it_services_exports&scale=log',
    expected: {
      ...DEFAULT_VIEW_STATE,
      view: 'metric',
      metric: 'it_services_exports',
      scale: 'log',
    },
  },
  {
    search: '?view=table&kind=target&sort=value&desc=1',
    expected: { ...DEFAULT_VIEW_STATE, view: 'table', kind: 'target', sort: 'value', desc: true },
  },
  { search: '?scale=weird&view=%3Cscript%3E', expected: DEFAULT_VIEW_STATE },
  { search: '?claim=c3&unknown=1', expected: { ...DEFAULT_VIEW_STATE, claim: 'c3' } },
])('parseViewState($search)', ({ search, expected }) =>
  expect(parseViewState(search)).toEqual(expected),
);

test('serialize writes only what differs, and round-trips', () => {
  expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
  const state = {
    ...DEFAULT_VIEW_STATE,
    view: 'metric',
    metric: 'gdp',
    entity: 'World Bank & co',
    desc: true,
  };
  const search = serializeViewState(state);
  expect(search).toBe('?view=metric&metric=gdp&entity=World+Bank+%26+co&desc=1');
  expect(parseViewState(search)).toEqual(state);
});
