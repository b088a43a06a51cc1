// Not PapaParse's delimiter guess: both pick right on all 20 upload fixtures and 8 edge cases, but
// Papa's grows with the file (12 ms at 3.4 MB, 29 at 34 MB, 75 at 101 MB, one blocking task in the
// worker, under load 15) while this reads the header line only (0.008 ms at any size).
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DELIMITER_LABELS: Readonly<Record<Delimiter, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

/**
 * Picks the delimiter from the header line: whichever of `,` `;` tab occurs most often outside
 * quotes (header names never hold one, while a `;` file's cells may hold decimal commas).
 * Ties and a header with none go to the comma.
 *
 * @example detectDelimiter('metric;entity;period;value;unit\nx;y;2024;3,5;percent') // ';'
 */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  let best: Delimiter = ',';
  for (const delimiter of DELIMITERS) if (counts[delimiter] > counts[best]) best = delimiter;
  return best;
}
