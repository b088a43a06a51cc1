/**
 * `caseless(/…/iu)`: the same pattern without the `i` flag, each cased letter written as a class of
 * its two cases (`by` → `[bB][yY]`). V8 runs some case-insensitive Unicode patterns (`iu`) many
 * times slower than the same pattern spelled out, and not others. Re-measured on 6 December 2026
 * (each pattern's `exec` over the 11,040 sentences of the bench's generated 1 MB corpus, best of
 * 3 runs, both forms interleaved): the year and relative-time patterns of `periods.ts` took 2.5
 * and 4.9 µs a sentence against 26 and 25 µs, `NUMBER_OF` (extract.ts) and `SHARE_OF` (metrics.ts)
 * 0.24 µs against 3.0 µs, and they keep it; the other eleven patterns that used it ran within
 * 10% of their `iu` form (0.02-8 µs), so they are plain `iu` patterns again. Removing it from all
 * fifteen cost the whole extractor 4% of CPU (median of 5 interleaved runs on 4 MB). Plain `i`
 * patterns (no `u`) are fast already. Pure.
 */

/** The other case of a letter when both are one code unit ("a" ↔ "A"), else null. */
function otherCase(char: string): string | null {
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  if (lower === upper || lower.length !== 1 || upper.length !== 1) return null;
  return char === lower ? upper : lower;
}

/** Length of the escape starting at `source[at]` (a backslash): `\b`, `\p{L}`, `\u00a0`, `\u{1F600}`, `\x41`, `\cJ`, `\k<name>`. */
function escapeLength(source: string, at: number): number {
  const next = source[at + 1];
  if (next === 'p' || next === 'P' || (next === 'u' && source[at + 2] === '{'))
    return source.indexOf('}', at) - at + 1;
  if (next === 'k' && source[at + 2] === '<') return source.indexOf('>', at) - at + 1;
  if (next === 'u') return 6;
  if (next === 'x') return 4;
  if (next === 'c') return 3;
  return 2;
}

/** A character class (`source[at]` is its `[`) with every cased letter and letter range in both cases; returns the class and where it ends. */
function caselessClass(source: string, at: number): { text: string; end: number } {
  let negated = '';
  let i = at + 1;
  if (source[i] === '^') {
    negated = '^';
    i++;
  }
  let text = '';
  let added = '';
  while (i < source.length && source[i] !== ']') {
    if (source[i] === '\\') {
      const length = escapeLength(source, i);
      text += source.slice(i, i + length);
      i += length;
      continue;
    }
    const char = source[i]!;
    // a range of letters of one case ("a-z") gets its other-case range ("A-Z")
    if (
      source[i + 1] === '-' &&
      source[i + 2] !== undefined &&
      source[i + 2] !== ']' &&
      source[i + 2] !== '\\'
    ) {
      const last = source[i + 2]!;
      const from = otherCase(char);
      const to = otherCase(last);
      text += `${char}-${last}`;
      if (from && to && /^[A-Za-z]$/.test(char) && /^[A-Za-z]$/.test(last))
        added += `${from}-${to}`;
      i += 3;
      continue;
    }
    const other = otherCase(char);
    text += char;
    if (other) added += other;
    i++;
  }
  // the other cases go first, where they cannot join a range; a leading "-" is escaped so it stays a dash
  return {
    text: `[${negated}${added}${added && text.startsWith('-') ? `\\${text}` : text}]`,
    end: i,
  };
}

/**
 * An equivalent of `pattern` without the `i` flag, for patterns with both `i` and `u`; any other
 * pattern is returned as it is. Equivalent for every letter whose two cases are one code unit each,
 * which covers every word the extractor's patterns spell.
 *
 * @example caseless(/\bby\s+2025/iu).source // '\\b[bB][yY]\\s+2025'
 */
export function caseless(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('i') || !pattern.flags.includes('u')) return pattern;
  const source = pattern.source;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const length = escapeLength(source, i);
      out += source.slice(i, i + length);
      i += length - 1;
      continue;
    }
    if (char === '[') {
      const { text, end } = caselessClass(source, i);
      out += text;
      i = end;
      continue;
    }
    if (char === '(' && source[i + 1] === '?') {
      // group syntax is not text: "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<name>"
      const group = /^\(\?(?:<[=!]|[:=!]|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i, i + 64));
      if (group) {
        out += group[0];
        i += group[0].length - 1;
        continue;
      }
    }
    if (char === '{') {
      // a quantifier's digits: "{1,2}"
      const end = source.indexOf('}', i);
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    const other = otherCase(char);
    out += other ? `[${char}${other}]` : char;
  }
  return new RegExp(out, pattern.flags.replace('i', ''));
}
