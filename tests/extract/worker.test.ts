import { describe, expect, test } from 'vitest';
import type { MetricCatalogue } from '../../scripts/extract/catalogue.ts';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';
import { claimsCsvRows } from '../../src/lib/csv-write.ts';
import { PART_CHARACTERS, extractDocument } from '../../scripts/extract/worker.ts';

const catalogue = loadDefaultCatalogue();
const meta = { id: 'doc', title: '', outlet: '', url: '', published: '2025-03-01' };

describe('extractDocument', () => {
  test(
    'a document longer than a part gives what one pass over it gives, rows and ids alike',
    { timeout: 120_000 },
    () => {
      const paragraph = (i: number) =>
        `Officials discussed data centres and training in Astana for the ${i}th time. ` +
        `The budget allocated ${i % 400} billion tenge ($${(i % 9) + 1} billion) to digital ` +
        `projects in 2024, up ${i % 40}%. `.repeat(i % 7 === 0 ? 1 : 0) +
        'Participants stressed the role of venture capital in supporting innovation.\n\n';
      let text = '';
      for (let i = 0; text.length < PART_CHARACTERS * 1.3; i++) text += paragraph(i);
      const parts: string[] = [];
      const result = extractDocument(text, meta, catalogue, (rows) => parts.push(rows));
      expect(parts.length).toBe(2);
      const whole = extractClaims(text, meta, catalogue);
      expect(result).toEqual({ ok: true, claims: whole.length, characters: text.length });
      expect(parts.join('') === claimsCsvRows(whole)).toBe(true);
      expect(whole.some((claim) => claim.related_id !== '')).toBe(true);
    },
  );

  test('an error while extracting costs that document only, named with its reason', () => {
    // no real text makes the extractor throw (that would be a bug to fix): a catalogue that
    // fails when read stands in for one
    const failing = new Proxy({} as MetricCatalogue, {
      get: () => {
        throw new Error('the catalogue broke');
      },
    });
    const written: string[] = [];
    const result = extractDocument('Exports grew by 16% in 2024.', meta, failing, (rows) =>
      written.push(rows),
    );
    expect(result).toEqual({ ok: false, reason: 'could not be extracted (the catalogue broke)' });
    expect(written).toEqual([]);
  });
});
