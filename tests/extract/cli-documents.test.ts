/**
 * The CLI reads saved pages and PDFs with the browser's readers, and applies a corrections CSV
 * exported by the dashboard, by claim id, listing those it cannot apply.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

// child processes that load pdf.js on a shared two-core machine
const SLOW = { timeout: 60_000 };
import { parseClaimsCsv } from '../../src/lib/claims-csv.ts';
import { correctionsToCsv, type Correction } from '../../src/lib/corrections.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'sandar-cli-documents-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function extract(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/extract/cli.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, stderr: result.stderr };
}

const input = join(work, 'in');
for (const name of ['article-with-metadata.html', 'report-with-info.pdf', 'scanned-no-text.pdf'])
  cpSync(join(ROOT, 'tests/fixtures/documents', name), join(input, name));
writeFileSync(
  join(input, 'sources.csv'),
  'file,title,outlet,url,published\nreport-with-info.pdf,Review,Ministry,,2025-03-14\n',
);

test(
  'a saved page and a PDF are extracted; a scan is skipped with a message naming it',
  SLOW,
  () => {
    const out = join(work, 'claims.csv');
    const { status, stderr } = extract('--in', input, '--out', out);
    expect(status).toBe(0);
    expect(stderr).toMatch(/scanned-no-text\.pdf has no text layer .*OCR.*; skipped/);
    const { claims } = parseClaimsCsv(readFileSync(out, 'utf8'));
    expect(
      claims.map((c) => [c.source_id, c.metric, c.period, c.value, c.source_date, c.source_outlet]),
    ).toEqual(
      expect.arrayContaining([
        // the page has no sources.csv line: its own metadata dates it
        [
          'article-with-metadata',
          'it_services_exports',
          '2024',
          1.2e9,
          '2025-03-14',
          'Steppe Daily',
        ],
        ['report-with-info', 'it_services_exports', '2024', 1.2e9, '2025-03-14', 'Ministry'],
        ['report-with-info', 'it_services_exports', '2023', 9e8, '2025-03-14', 'Ministry'],
      ]),
    );
  },
);

test(
  '--corrections applies a dashboard export by claim id and lists what it cannot apply',
  SLOW,
  () => {
    const plain = join(work, 'plain.csv');
    expect(extract('--in', input, '--out', plain).status).toBe(0);
    const original = parseClaimsCsv(readFileSync(plain, 'utf8')).claims;
    const target = original.find((c) => c.source_id === 'report-with-info' && c.period === '2023')!;
    const rejected = original.find((c) => c.source_id === 'article-with-metadata')!;
    const base = { datasetId: 'baseline', author: 'Aigerim', note: '' };
    const corrections: Correction[] = [
      {
        ...base,
        id: 'k1',
        claimId: target.id,
        action: 'edit',
        before: { value: 9e8 },
        after: { value: 9.5e8 },
        createdAt: 1,
      },
      {
        ...base,
        id: 'k2',
        claimId: rejected.id,
        action: 'reject',
        before: {},
        after: {},
        createdAt: 2,
      },
      {
        ...base,
        id: 'k3',
        claimId: 'no-such-claim',
        action: 'edit',
        before: { value: 1 },
        after: { value: 2 },
        createdAt: 3,
      },
    ];
    const file = join(work, 'corrections.csv');
    writeFileSync(file, correctionsToCsv(corrections));
    const out = join(work, 'corrected.csv');
    const { status, stderr } = extract('--in', input, '--out', out, '--corrections', file);
    expect(status).toBe(0);
    expect(stderr).toContain('correction k3 not applied: no document gives claim no-such-claim');
    const corrected = parseClaimsCsv(readFileSync(out, 'utf8')).claims;
    expect(corrected.find((c) => c.id === target.id)?.value).toBe(9.5e8);
    expect(corrected.some((c) => c.id === rejected.id)).toBe(false);
    expect(corrected).toHaveLength(original.length - 1);

    // a file written before corrections recorded their author is applied the same way
    const older = join(work, 'older-corrections.csv');
    writeFileSync(
      older,
      'correction_id,claim_id,dataset_id,action,field,old_value,new_value,created_at,note\n' +
        `k1,${target.id},baseline,edit,value,900000000,950000000,2025-03-14T09:30:00.000Z,\n`,
    );
    const olderOut = join(work, 'corrected-older.csv');
    expect(extract('--in', input, '--out', olderOut, '--corrections', older).status).toBe(0);
    const fromOlder = parseClaimsCsv(readFileSync(olderOut, 'utf8')).claims;
    expect(fromOlder.find((c) => c.id === target.id)?.value).toBe(9.5e8);
  },
);

test(
  'a corrections file that cannot be read: exit 1, nothing written, the file named',
  SLOW,
  () => {
    const bad = join(work, 'bad-corrections.csv');
    writeFileSync(bad, 'claim_id\nx\n');
    const { status, stderr } = extract(
      '--in',
      input,
      '--out',
      join(work, 'x.csv'),
      '--corrections',
      bad,
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/bad-corrections\.csv: missing columns .*; nothing written/);
  },
);
