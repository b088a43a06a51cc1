import { expect, test, vi } from 'vitest';
import { createMemoryStore } from '../../src/db/memory-store.ts';
import { reviewItems } from '../../src/lib/documents/review.ts';
import type { AppData } from '../../src/state/app-data.svelte.ts';
import { DocumentIntake } from '../../src/state/document-intake.svelte.ts';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';
import { TXT } from '../e2e/documents-fixtures.ts';

/** The part of AppData the intake uses, around a real (memory) store. */
function appData() {
  const store = createMemoryStore();
  let refreshed = 0;
  const data = { store, refreshDatasets: async () => void refreshed++ } as unknown as AppData;
  return { data, store, refreshed: () => refreshed };
}

test('pasted text: review, edit, mark by hand, store accepted claims with the text', async () => {
  const intake = new DocumentIntake();
  intake.usePasted('   ');
  expect(intake.error).toBe('The pasted text is empty.');
  intake.usePasted(TXT);
  expect(intake.phase).toBe('ready');
  intake.meta.published = '2025-02-10';
  intake.meta.outlet = 'Ministry';
  // what findClaims sets and receives from the worker: the extractor's claims for this text
  intake.sourceId = 'note';
  intake.items = reviewItems(
    extractClaims(
      TXT,
      { id: 'note', title: '', outlet: '', url: '', published: '2025-02-10' },
      loadDefaultCatalogue(),
    ),
  );
  expect(intake.items).toHaveLength(3);
  intake.decideAll('accepted');
  intake.decide(1, 'rejected');
  intake.edit(2, { period: '2030' });
  const at = TXT.indexOf('12 in the regional');
  intake.mark({ start: at, end: at + 2 });
  expect(intake.items).toHaveLength(4);
  const { data, store, refreshed } = appData();
  // the hand-marked number has no metric yet: nothing is stored, and the message says why
  expect(await intake.store(data)).toBeUndefined();
  expect(intake.error).toMatch(/cannot be stored: it has no metric/);
  intake.edit(3, { metric: 'regional_rank', metric_label: 'Regional rank' });
  const id = await intake.store(data);
  expect(id).toBeDefined();
  expect(refreshed()).toBe(1);
  expect(intake.phase).toBe('idle');
  expect(intake.notice).toBe('Stored 3 claims from “Pasted text” as a dataset.');
  const claims = await store.loadDatasetClaims(id!);
  expect(claims.map((c) => [c.metric, c.period, c.value, c.source_outlet])).toEqual([
    ['it_services_exports', '2024', 1.2e9, 'Ministry'],
    ['it_services_exports', '2030', 5e9, 'Ministry'],
    ['regional_rank', '', 12, 'Ministry'],
  ]);
  expect((await store.getDocument(claims[0]!.source_id))?.text).toBe(TXT);
});

test('a selection without a number is refused and nothing is added', () => {
  const intake = new DocumentIntake();
  intake.usePasted(TXT);
  intake.mark({ start: 0, end: 10 });
  expect(intake.error).toMatch(/holds no number to mark/);
  expect(intake.items).toEqual([]);
});

test('nothing accepted: nothing stored, and it says so', async () => {
  const intake = new DocumentIntake();
  intake.usePasted(TXT);
  intake.items = reviewItems(
    extractClaims(
      TXT,
      { id: 'n', title: '', outlet: '', url: '', published: '' },
      loadDefaultCatalogue(),
    ),
  );
  const { data, store } = appData();
  expect(await intake.store(data)).toBeUndefined();
  expect(intake.error).toBe('No claim is accepted: accept at least one, or discard the document.');
  expect(await store.listDatasets()).toEqual([]);
});

test('files dropped together: a refused one keeps its message; the next shows its own progress', async () => {
  const intake = new DocumentIntake();
  // a file still being read (a large file on a slow disk): its bytes never arrive in this test
  const slow = new File(['In 2024, exports reached $1 billion.'], 'slow.txt');
  slow.arrayBuffer = () => new Promise<ArrayBuffer>(() => {});
  intake.addFiles([new File([], 'empty.txt'), slow]);
  await vi.waitFor(() => expect(intake.fileName).toBe('slow.txt'));
  expect(intake.phase).toBe('reading');
  expect(intake.error).toBe('empty.txt is empty: there is nothing to read.');
  // the progress row (and its Cancel) of the file being read, not cleared by the refused one
  expect(intake.progress).toEqual({ label: 'Reading slow.txt…' });
});
