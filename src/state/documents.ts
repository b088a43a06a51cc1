import type { ClaimStore } from '../db/types.ts';

/**
 * The seed documents, each loaded only when a provenance panel asks for it.
 */
const loaders = import.meta.glob<string>('/seeds/*.txt', { query: '?raw', import: 'default' });

/**
 * The document text for a claim's `source_id`: a shipped seed, else a document added in the
 * browser and stored with its claims; undefined when neither has it.
 */
export async function loadDocument(
  sourceId: string,
  store?: Pick<ClaimStore, 'getDocument'>,
): Promise<string | undefined> {
  const load = loaders[`/seeds/${sourceId}.txt`];
  if (load) return load();
  return (await store?.getDocument(sourceId))?.text;
}
