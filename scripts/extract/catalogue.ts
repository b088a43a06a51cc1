/**
 * The metric catalogue: which phrases name which metric. It lives in `data/metrics.csv`, so a user
 * adds a metric by adding a line, without touching code:
 *
 *   metric,label,units,entity,phrases
 *   gdp_per_capita,GDP per capita,currency,,GDP per capita|per capita GDP
 *
 * - `units`: what the metric is measured in, `;`-separated: `currency`, `percent`, `count`, `multiple`
 *   (empty: any). A phrase only names the metric for a number in one of these units.
 * - `entity`: whom the metric is always about ("World" for the global AI market); empty: read from the sentence.
 * - `phrases`: `|`-separated. A word in capitals (`IT`, `GDP`) matches in capitals only; other words match
 *   any case and any ending ("export" matches "exports"); `*` stands for up to four words.
 * Pure: `parseCatalogue(text)` takes the file's text.
 */
import Papa from 'papaparse';

export type UnitClass = 'currency' | 'percent' | 'count' | 'multiple';

export interface MetricEntry {
  metric: string;
  label: string;
  units: readonly UnitClass[];
  entity: string;
  phrases: readonly string[];
  patterns: readonly RegExp[];
}

export interface MetricCatalogue {
  entries: readonly MetricEntry[];
  /** Problems found while reading the file, each naming its row; entries with problems are left out. */
  problems: readonly string[];
}

const UNIT_CLASSES: readonly UnitClass[] = ['currency', 'percent', 'count', 'multiple'];
const SLUG = /^[a-z][a-z0-9_]*$/;

/**
 * Reads the catalogue CSV. Rows with problems are reported and skipped; the rest is kept.
 *
 * @example parseCatalogue('metric,label,units,entity,phrases\ngdp,GDP,currency,,GDP|gross domestic product').entries[0]!.metric // 'gdp'
 */
export function parseCatalogue(text: string): MetricCatalogue {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const problems: string[] = [];
  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const required = ['metric', 'label', 'phrases'];
  const missing = required.filter((name) => column(name) < 0);
  if (missing.length > 0) {
    return { entries: [], problems: [`row 1: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`] };
  }
  const entries: MetricEntry[] = [];
  const seen = new Set<string>();
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index]!;
    const cell = (name: string) => (column(name) >= 0 ? (row[column(name)] ?? '').trim() : '');
    const where = `row ${index + 1}`;
    const metric = cell('metric');
    if (metric.startsWith('#')) continue; // comment line
    if (!SLUG.test(metric)) {
      problems.push(`${where}, column "metric": "${metric}" is not a slug (lower case letters, digits and _)`);
      continue;
    }
    if (seen.has(metric)) {
      problems.push(`${where}, column "metric": "${metric}" is listed twice`);
      continue;
    }
    const units = cell('units')
      .split(/[;\s]+/)
      .filter(Boolean) as UnitClass[];
    const badUnit = units.find((unit) => !UNIT_CLASSES.includes(unit));
    if (badUnit) {
      problems.push(`${where}, column "units": "${badUnit}" is not one of ${UNIT_CLASSES.join(', ')}`);
      continue;
    }
    const phrases = cell('phrases')
      .split('|')
      .map((phrase) => phrase.trim())
      .filter(Boolean);
    if (phrases.length === 0) {
      problems.push(`${where}, column "phrases": no phrase names metric "${metric}"`);
      continue;
    }
    seen.add(metric);
    entries.push({
      metric,
      label: cell('label') || metric,
      units,
      entity: cell('entity'),
      phrases,
      patterns: phrases.map(compilePhrase),
    });
  }
  return { entries, problems };
}

/** A phrase as a regex: "IT * export" matches "IT" then up to four words then "export…". */
export function compilePhrase(phrase: string): RegExp {
  const tokens = phrase.split(/\s+/).filter(Boolean);
  let source = '';
  let gap = false;
  tokens.forEach((token, index) => {
    if (token === '*') {
      gap = true;
      return;
    }
    const words = token.split('-').map(compileWord).join('[\\s-]?');
    if (index === 0 || source === '') source += `(?<![\\p{L}\\p{N}])${words}`;
    else source += gap ? `(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}'’-]+){0,4}?[^\\p{L}\\p{N}]+${words}` : `[^\\p{L}\\p{N}]+${words}`;
    gap = false;
  });
  return new RegExp(source, 'gu');
}

function compileWord(word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // capitals are an acronym: match them exactly and whole
  if (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word)) return `${escaped}(?![\\p{L}])`;
  const first = escaped[0]!;
  const head = /\p{L}/u.test(first) ? `[${first.toLowerCase()}${first.toUpperCase()}]` : first;
  return `${head}${escaped.slice(1)}[\\p{L}]*`;
}

export function unitClass(unit: string): UnitClass {
  if (unit === 'percent' || unit === 'count' || unit === 'multiple') return unit;
  return 'currency';
}

export interface MetricMatch {
  entry: MetricEntry;
  start: number;
  end: number;
}

/**
 * The catalogue metric a number at [start, end) of `sentence` is about: among phrases found in the
 * sentence for the number's unit, the nearest one (a phrase before the number wins a tie; a longer
 * phrase wins over one it contains, so "GDP per capita" beats "GDP").
 */
export function matchMetric(catalogue: MetricCatalogue, sentence: string, start: number, end: number, unit: string): MetricMatch | null {
  const cls = unitClass(unit);
  const found: MetricMatch[] = [];
  for (const entry of catalogue.entries) {
    if (entry.units.length > 0 && !entry.units.includes(cls)) continue;
    for (const pattern of entry.patterns) {
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(sentence))) {
        if (match[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        found.push({ entry, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  // a longer phrase covering a shorter one wins
  const kept = found.filter(
    (m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
  let best: MetricMatch | null = null;
  let bestDistance = Infinity;
  for (const m of kept) {
    const distance = m.end <= start ? start - m.end : m.start >= end ? (m.start - end) * 1.5 + 1 : 0;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}
