import { describe, expect, test } from 'vitest';
import { datasetName } from '../../../src/lib/upload/dataset-name.ts';

// TZ is pinned to UTC for unit tests (vite.config.ts), so local time is UTC here.
describe('datasetName', () => {
  test.each([
    ['claims.csv', new Date(Date.UTC(2025, 0, 15, 9, 5, 3)), 'claims.csv (2025-01-15 09:05:03)'],
    [
      'Статистика 2024.csv',
      new Date(Date.UTC(2024, 11, 31, 23, 59, 59)),
      'Статистика 2024.csv (2024-12-31 23:59:59)',
    ],
  ])('%s at %s → %s', (fileName, at, expected) => {
    expect(datasetName(fileName, at)).toBe(expected);
  });
});
