/**
 * The seed documents, each loaded only when a provenance panel asks for it.
 */
const loaders = import.meta.glob<string>('/seeds/*.txt', { query: '?raw', import: 'default' });

/** The document text for a claim's `source_id`, or undefined when Sandar does not ship it. */
export async function loadDocument(sourceId: string): Promise<string | undefined> {
  const load = loaders[`/seeds/${sourceId}.txt`];
  return load ? load() : undefined;
}
