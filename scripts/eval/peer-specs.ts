/**
 * Runs the number grammar (`findNumbers`) over the peer suites (Microsoft Recognizers-Text and
 * quantulum3 test data, a folder outside the repository) and grades each case.
 *
 * A case passes when every quantity the peer expects is found: a mention overlapping the expected
 * text (when offsets are given) with the same value, and for currencies the same ISO code where the
 * peer gives one; for the range suite, the qualifier that the interval means ("more than thirty" is
 * `(30,)` = more_than 30).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Qualifier } from '../../src/lib/claim.ts';
import { findNumbers, type NumberMention } from '../../scripts/extract/numbers.ts';

export interface CaseResult {
  suite: string;
  input: string;
  pass: boolean;
  inScope: boolean;
  why: string;
}

interface RtResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string };
  Start?: number;
  End?: number;
}
interface RtCase {
  Input: string;
  NotSupported?: string;
  Results?: RtResult[];
}

export function peerSpecsPresent(folder: string): boolean {
  return existsSync(folder);
}

/** Reads one suite file; `Read` is passed to each suite so no folder is kept in module state. */
type Read = <T>(relative: string) => T;
const reader =
  (folder: string): Read =>
  <T>(relative: string) =>
    JSON.parse(readFileSync(join(folder, relative), 'utf8')) as T;

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

function overlapping(
  mentions: NumberMention[],
  start: number | undefined,
  end: number | undefined,
): NumberMention[] {
  if (start === undefined || end === undefined) return mentions;
  return mentions.filter((m) => m.start <= end && start < m.end);
}

/** Currencies that news about Kazakhstan writes, as the peer names them. */
const IN_SCOPE_CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'KZT', 'RUB']);
const UNIT_NAMES: Readonly<Record<string, string>> = {
  Dollar: 'USD',
  'United States dollar': 'USD',
  Euro: 'EUR',
  'Chinese yuan': 'CNY',
  'Japanese yen': 'JPY',
  'British pound': 'GBP',
  Pound: 'GBP',
};

function currencyCases(readJson: Read): CaseResult[] {
  return readJson<RtCase[]>('recognizers-text/NumberWithUnit_English_CurrencyModel.json').map(
    (c) => {
      const mentions = findNumbers(c.Input);
      const expected = (c.Results ?? []).filter((r) => r.Resolution?.value);
      const codes = expected.map(
        (r) => r.Resolution?.isoCurrency ?? UNIT_NAMES[r.Resolution?.unit ?? ''] ?? '',
      );
      const failures: string[] = [];
      expected.forEach((r, i) => {
        const value = Number(r.Resolution!.value);
        const code = codes[i]!;
        const hit = overlapping(mentions, r.Start, r.End).find(
          (m) => close(m.value, value) && (code === '' || m.unit === code),
        );
        if (!hit) failures.push(`missing ${r.Text} = ${value} ${code}`);
      });
      // a currency the peer does not see is a false positive (a percentage or a count is not)
      const extra = mentions.filter(
        (m) =>
          m.unit.length === 3 && !expected.some((r) => overlapping([m], r.Start, r.End).length > 0),
      );
      if (expected.every((r) => r.Start !== undefined) && extra.length > 0)
        failures.push(`extra ${extra.map((m) => m.text).join(', ')}`);
      const inScope =
        expected.length > 0 &&
        codes.every((code) => IN_SCOPE_CURRENCIES.has(code)) &&
        expected.every(
          (r) =>
            /\d/.test(r.Text) &&
            !/\b(?:cents?|pence|penny)\b|\d\s*(?:dollars?|usd)\s+(?:and\s+)?\d/i.test(r.Text) &&
            !/^[a-z]{3}\$|\bm[a-z]{3}\b|us\s*\$|u\.s\.|^dollar/i.test(r.Text),
        ) &&
        // ISO codes in lower case ("20 usd", "rmb 10") are words in running text; news writes them in capitals
        !/(?<![a-z])(?:usd|rmb|eur|gbp|cny)(?![a-z])/.test(c.Input) &&
        !/\(\$/.test(c.Input);
      return {
        suite: 'currency',
        input: c.Input,
        pass: failures.length === 0,
        inScope,
        why: failures.join('; '),
      };
    },
  );
}

function numberCases(readJson: Read): CaseResult[] {
  return readJson<RtCase[]>('recognizers-text/Number_English_NumberModel.json').map((c) => {
    const mentions = findNumbers(c.Input);
    const expected = (c.Results ?? []).filter((r) => r.Resolution?.value);
    const failures: string[] = [];
    for (const r of expected) {
      const value = Number(r.Resolution!.value);
      if (!overlapping(mentions, r.Start, r.End).some((m) => close(m.value, value)))
        failures.push(`missing ${r.Text} = ${value}`);
    }
    // plain figures as news writes them: digits with separators, decimals, scale words and simple words
    const inScope =
      expected.length > 0 &&
      expected.every((r) =>
        /^(?:[\d,. ]+(?:\s*(?:thousand|million|billion|trillion|bln|k|m|b))?|(?:[a-z]+[- ]?)+)$/i.test(
          r.Text,
        ),
      ) &&
      expected.every(
        (r) =>
          !/lakh|crore|dozen|over|point|fifths?|eighths?|thirds?|quarters?|hundredths?|trillionths?|^\s*-|^-/i.test(
            r.Text,
          ),
      ) &&
      !/[\^/]|\d \d{3}|\d,\d{2},|\d\.\d{3},|, \d|\d,\d(?!\d\d)|\d\.\d+\.\d|\d\s+[kKmMgG]\b/.test(
        c.Input,
      ) &&
      // fractions, "and a half", "out of" and "nought" are not how figures appear in economic news
      !/\band\s+(?:a|an|one|\w+)\s+(?:half|quarter|fourth|\w+ths?)\b|\bhalf\b|\bout of\b|nought|naught|\bdozs?\b|firsts?\b|\w+tieth|ninths?/i.test(
        c.Input,
      );
    return {
      suite: 'number',
      input: c.Input,
      pass: failures.length === 0,
      inScope,
      why: failures.join('; '),
    };
  });
}

function percentCases(readJson: Read): CaseResult[] {
  return readJson<RtCase[]>('recognizers-text/Number_English_PercentModel.json').map((c) => {
    const mentions = findNumbers(c.Input).filter((m) => m.unit === 'percent');
    const expected = (c.Results ?? []).filter(
      (r) => r.Resolution?.value && r.Resolution.value !== 'null',
    );
    const failures: string[] = [];
    for (const r of expected) {
      const value = Number(r.Resolution!.value!.replace('%', ''));
      if (!overlapping(mentions, r.Start, r.End).some((m) => close(m.value, value)))
        failures.push(`missing ${r.Text} = ${value}%`);
    }
    if (expected.length === 0 && mentions.length > 0)
      failures.push(`extra ${mentions.map((m) => m.text).join(', ')}`);
    // "N percent" / "N%": the order news writes; "percent of 10" is a peer's search-query form
    const inScope =
      expected.length > 0 &&
      expected.every(
        (r) =>
          /^[\w\s-]+?\s*(?:%|percent|per cent|percentage)s?$/i.test(r.Text) &&
          !/^minus/i.test(r.Text),
      );
    return {
      suite: 'percent',
      input: c.Input,
      pass: failures.length === 0,
      inScope,
      why: failures.join('; '),
    };
  });
}

const INTERVAL = /^([[(])([^,]*),([^\])]*)([\])])$/;

function rangeCases(readJson: Read): CaseResult[] {
  return readJson<RtCase[]>('recognizers-text/Number_English_NumberRangeModel.json').map((c) => {
    const mentions = findNumbers(c.Input);
    const expected = c.Results ?? [];
    const failures: string[] = [];
    let oneSided = expected.length > 0;
    for (const r of expected) {
      const match = INTERVAL.exec(r.Resolution?.value ?? '');
      if (!match) {
        failures.push(`unreadable ${r.Resolution?.value}`);
        continue;
      }
      const [, open, low, high, shut] = match;
      const near = overlapping(mentions, r.Start, r.End);
      if (low && high) {
        oneSided = false;
        for (const bound of [Number(low), Number(high)])
          if (!near.some((m) => close(m.value, bound)))
            failures.push(`missing end ${bound} of ${r.Text}`);
        continue;
      }
      const bound = Number(low || high);
      const want: Qualifier = low
        ? open === '('
          ? 'more_than'
          : 'at_least'
        : shut === ')'
          ? 'less_than'
          : 'up_to';
      const hit = near.find((m) => close(m.value, bound));
      if (!hit) failures.push(`missing ${r.Text} = ${bound}`);
      else if (hit.qualifier !== want)
        failures.push(`${r.Text}: qualifier ${hit.qualifier}, expected ${want}`);
    }
    // the qualifier words of issue 2 before one number: over, more than, at least, up to, below…
    const inScope =
      oneSided &&
      expected.every((r) =>
        /^(?:more than|over|above|at least|no less than|up to|below|under|less than|fewer than|exceed|surpass)\s+[\w,.]+$/i.test(
          r.Text,
        ),
      );
    return {
      suite: 'range',
      input: c.Input,
      pass: failures.length === 0,
      inScope,
      why: failures.join('; '),
    };
  });
}

function ordinalCases(readJson: Read): CaseResult[] {
  return readJson<RtCase[]>('recognizers-text/Number_English_OrdinalModel.json').map((c) => {
    // ordinals are not quantities: nothing may come out as one
    const quantities = findNumbers(c.Input).filter((m) => !m.excluded);
    const pass = quantities.length === 0;
    const inScope =
      /^\s*\d+(?:st|nd|rd|th)\s*$|^(?:the\s+)?(?:first|second|third|fourth|fifth|tenth)\b/i.test(
        c.Input,
      );
    return {
      suite: 'ordinal',
      input: c.Input,
      pass,
      inScope,
      why: pass ? '' : `read as ${quantities.map((m) => m.text).join(', ')}`,
    };
  });
}

function dimensionCases(readJson: Read): CaseResult[] {
  return readJson<RtCase[]>('recognizers-text/NumberWithUnit_English_DimensionModel.json').map(
    (c) => {
      const mentions = findNumbers(c.Input);
      const failures: string[] = [];
      for (const r of c.Results ?? []) {
        const value = Number(r.Resolution?.value);
        if (!Number.isFinite(value)) continue;
        if (!mentions.some((m) => close(m.value, value))) failures.push(`missing ${r.Text}`);
      }
      // lengths and weights are not units of a claim here: measured, never held
      return {
        suite: 'dimension',
        input: c.Input,
        pass: failures.length === 0,
        inScope: false,
        why: failures.join('; '),
      };
    },
  );
}

interface QuantulumCase {
  req: string;
  res: { value: number; unit: string; surface: string }[];
}
const QUANTULUM_UNITS: Readonly<Record<string, string>> = {
  'pound sterling': 'GBP',
  dollar: 'USD',
  'united states dollar': 'USD',
  euro: 'EUR',
  percentage: 'percent',
};

function quantulumCases(readJson: Read, file: string, suite: string): CaseResult[] {
  return readJson<QuantulumCase[]>(`quantulum3/${file}`).map((c) => {
    const mentions = findNumbers(c.req);
    const failures: string[] = [];
    for (const r of c.res) {
      const unit = QUANTULUM_UNITS[r.unit];
      const hit = mentions.find((m) => close(m.value, r.value) && (!unit || m.unit === unit));
      if (!hit) failures.push(`missing ${r.surface} = ${r.value} ${r.unit}`);
    }
    const inScope =
      c.res.length > 0 &&
      c.res.every(
        (r) =>
          r.value >= 0 &&
          r.unit in QUANTULUM_UNITS &&
          /\d/.test(r.surface) &&
          !/[a-z]\$|\d\s*\/\s*\d/i.test(r.surface),
      );
    return { suite, input: c.req, pass: failures.length === 0, inScope, why: failures.join('; ') };
  });
}

function crashCases(readJson: Read): CaseResult[] {
  return readJson<string[]>('quantulum3/errors.json').map((input) => {
    try {
      findNumbers(input);
      return { suite: 'no-crash', input, pass: true, inScope: true, why: '' };
    } catch (error) {
      return { suite: 'no-crash', input, pass: false, inScope: true, why: String(error) };
    }
  });
}

/** Every case of every peer suite, graded. */
export function runPeerSpecs(folder: string): CaseResult[] {
  const readJson = reader(folder);
  return [
    ...currencyCases(readJson),
    ...numberCases(readJson),
    ...percentCases(readJson),
    ...rangeCases(readJson),
    ...ordinalCases(readJson),
    ...dimensionCases(readJson),
    ...quantulumCases(readJson, 'quantities.json', 'quantulum'),
    ...quantulumCases(readJson, 'quantities.ambiguity.json', 'quantulum-ambiguity'),
    ...crashCases(readJson),
  ];
}
