import { expect, test } from 'vitest';
import { themeOf } from '../../src/lib/themes.ts';

test.each([
  ['it_services_exports', 'IT sector'],
  ['astana_hub_companies', 'IT sector'],
  ['forum_participants', 'IT sector'],
  ['gdp', 'Economy'],
  ['gdp_per_capita', 'Economy'],
  ['global_ai_market', 'AI'],
  ['countries_with_ai_laws', 'AI'],
  ['supercomputers', 'AI'],
  ['ai_sana_students', 'AI'],
  ['university_students', 'Education'],
  ['data_leaks', 'Digital government'],
  ['egov_services', 'Digital government'],
  ['wheat_harvest', 'Other'],
])('themeOf(%s) → %s', (metric, theme) => expect(themeOf(metric)).toBe(theme));

test('a catalogue theme wins over keywords; an unknown catalogue theme is ignored', () => {
  expect(themeOf('gdp', new Map([['gdp', 'digital government']]))).toBe('Digital government');
  expect(themeOf('gdp', new Map([['gdp', 'astrology']]))).toBe('Economy');
});
