import { expect, test } from 'vitest';
import { buildSparkline } from '../../src/charts/sparkline.ts';

const row = (kind: 'actual' | 'target' | 'forecast', period: string, value: number) => ({
  kind,
  period,
  value,
  source_date: '',
});

test.each([
  {
    name: 'two actuals make a line rising to the top-right (the scale starts at zero)',
    rows: [row('actual', '2022', 2), row('actual', '2020', 1)],
    expected: { path: 'M0,10L100,0', actuals: 2 },
  },
  {
    name: 'one actual: a dot, no line',
    rows: [row('actual', '2020', 1)],
    expected: { path: '', actuals: 1 },
  },
  { name: 'nothing dated', rows: [row('actual', '', 1)], expected: { path: '', actuals: 0 } },
])('$name', ({ rows, expected }) => {
  const spark = buildSparkline(rows, { width: 100, height: 20, pad: 0 });
  expect(spark.actuals).toHaveLength(expected.actuals);
  expect(spark.path).toBe(expected.path);
});

test('targets and forecasts are placed on the same scale as the actuals', () => {
  const spark = buildSparkline(
    [row('actual', '2020', 5), row('target', '2030', 10), row('forecast', '2025', 0)],
    { width: 100, height: 20, pad: 0 },
  );
  expect(spark.targets).toEqual([{ x: 100, y: 0 }]);
  expect(spark.actuals).toEqual([{ x: 0, y: 10 }]);
  expect(spark.forecasts).toEqual([{ x: 50, y: 20 }]);
});
