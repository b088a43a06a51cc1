/**
 * The fonts ECharts draws the metric chart's text in: axis labels and legend (its default), and
 * point labels (trend-option.ts: bold 13px).
 */
export const CHART_FONTS: readonly string[] = ['12px sans-serif', 'bold 13px sans-serif'];

/**
 * What zrender measures the first time it lays text out in a font: a CJK glyph (for the line
 * height) and a Latin letter. The CJK glyph sets off Chromium's font-fallback search.
 */
export const FIRST_MEASURED_TEXT: readonly string[] = ['国', 'a'];
