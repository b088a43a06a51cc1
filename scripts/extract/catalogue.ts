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
  /** Each phrase as the words it must find, in order. */
  sequences: readonly PhraseWord[][];
}

/** One word of a phrase: an acronym matched whole in capitals, or a word start matched in any case. */
export interface PhraseWord {
  text: string;
  acronym: boolean;
  /** How many words may come before this one after the previous ("*" in the phrase). */
  gap: number;
}

export interface MetricCatalogue {
  entries: readonly MetricEntry[];
  /** Phrases by the first two letters of their first word, so a sentence only tries the phrases its words could start. */
  index?: ReadonlyMap<number, ReadonlyArray<{ entry: MetricEntry; sequence: readonly PhraseWord[] }>>;
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
      sequences: phrases.map(compilePhrase),
    });
  }
  return { entries, problems, index: indexPhrases(entries) };
}

/** The first two characters, lower-cased (ASCII), as one number: a cheap map key. */
function headKey(text: string): number {
  return ((text.charCodeAt(0) | 32) << 16) | (text.length > 1 ? text.charCodeAt(1) | 32 : 0);
}

function indexPhrases(entries: readonly MetricEntry[]): Map<number, { entry: MetricEntry; sequence: readonly PhraseWord[] }[]> {
  const index = new Map<number, { entry: MetricEntry; sequence: readonly PhraseWord[] }[]>();
  for (const entry of entries) {
    for (const sequence of entry.sequences) {
      const head = sequence[0];
      if (!head) continue;
      const key = headKey(head.text);
      const list = index.get(key) ?? [];
      list.push({ entry, sequence });
      index.set(key, list);
    }
  }
  return index;
}

/**
 * A phrase as the words it must find: "IT * export" → IT, then "export…" after at most four words.
 *
 * @example compilePhrase('AI-Sana') // [{ text: 'AI', acronym: true, gap: 0 }, { text: 'sana', acronym: false, gap: 0 }]
 */
export function compilePhrase(phrase: string): PhraseWord[] {
  const words: PhraseWord[] = [];
  let gap = 0;
  for (const token of phrase.split(/\s+/).filter(Boolean)) {
    if (token === '*' || token === '**') {
      gap = token === '*' ? 4 : 10;
      continue;
    }
    for (const part of token.split('-').filter(Boolean)) {
      const acronym = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(part);
      words.push({ text: acronym ? part : part.toLowerCase(), acronym, gap });
      gap = 0;
    }
  }
  return words;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.]*/gu;

function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const lower = sentence.toLowerCase(); // once per sentence, sliced per word
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(sentence))) {
    let end = match.index + match[0].length;
    for (let c = sentence.charCodeAt(end - 1); c === 46 || c === 39 || c === 0x2019; c = sentence.charCodeAt(end - 1)) end--;
    if (end <= match.index) continue;
    tokens.push({ text: sentence.slice(match.index, end), lower: lower.slice(match.index, end), start: match.index, end });
  }
  return tokens;
}

function wordMatches(word: PhraseWord, token: Token): boolean {
  return word.acronym ? token.text === word.text : token.lower.startsWith(word.text);
}

/** End token index of `sequence` matched from token `first`, or -1. */
function matchSequence(sequence: readonly PhraseWord[], tokens: readonly Token[], first: number): number {
  let at = first;
  for (let w = 1; w < sequence.length; w++) {
    const word = sequence[w]!;
    let found = -1;
    for (let k = at + 1; k <= Math.min(tokens.length - 1, at + 1 + word.gap); k++) {
      if (wordMatches(word, tokens[k]!)) {
        found = k;
        break;
      }
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
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
 * Every catalogue phrase found in `sentence`, a longer phrase winning over one it covers
 * ("GDP per capita" over "GDP"). Computed once per sentence; `chooseMetric` then picks per number.
 */
export function findMetricPhrases(catalogue: MetricCatalogue, sentence: string): MetricMatch[] {
  const tokens = tokenize(sentence);
  const index = catalogue.index ?? indexPhrases(catalogue.entries);
  const found: MetricMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    for (const { entry, sequence } of index.get(headKey(token.text)) ?? []) {
      if (!wordMatches(sequence[0]!, token)) continue;
      const last = matchSequence(sequence, tokens, i);
      if (last >= 0) found.push({ entry, start: token.start, end: tokens[last]!.end });
    }
  }
  return found.filter((m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

/**
 * The metric a number at [start, end) is about, among the phrases of its sentence for the number's
 * unit: the nearest one (a phrase before the number wins a tie).
 */
export function chooseMetric(phrases: readonly MetricMatch[], start: number, end: number, unit: string, sentence = '', countHead = ''): MetricMatch | null {
  const cls = unitClass(unit);
  let best: MetricMatch | null = null;
  let bestDistance = Infinity;
  for (const m of phrases) {
    if (m.entry.units.length > 0 && !m.entry.units.includes(cls)) continue;
    // "300 IT companies" is not a count of the "participants" named elsewhere in the sentence
    if (countHead && sentence && countsSomethingElse(sentence.slice(m.start, m.end), countHead)) continue;
    const distance = m.end <= start ? start - m.end : m.start >= end ? (m.start - end) * 1.5 + 1 : 0;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

/** The phrase ends in a plural noun that is not the noun the number counts. */
function countsSomethingElse(matched: string, countHead: string): boolean {
  const last = matched.slice(matched.lastIndexOf(' ') + 1).toLowerCase();
  const head = countHead.toLowerCase();
  if (!/[^s]s$/.test(last) || matched.toLowerCase().includes(head)) return false;
  return !last.startsWith(head.slice(0, Math.max(3, head.length - 2)));
}

/**
 * The catalogue metric a number at [start, end) of `sentence` is about: the nearest phrase of the
 * catalogue for the number's unit.
 *
 * @example matchMetric(catalogue, 'GDP per capita exceeded $15,000', 24, 31, 'USD')!.entry.metric // 'gdp_per_capita'
 */
export function matchMetric(catalogue: MetricCatalogue, sentence: string, start: number, end: number, unit: string): MetricMatch | null {
  return chooseMetric(findMetricPhrases(catalogue, sentence), start, end, unit);
}
