import type { Claim } from '../lib/claim.ts';
import { memoryOfficialStore } from './official-memory.ts';
import type { ShippedClaims } from '../lib/shipped-claims.ts';
import { compareDatasets, newDatasetMeta, prepareBaseline } from './baseline.ts';
import {
  BASELINE_ID,
  DatasetNotFoundError,
  type BaselineResult,
  type ClaimStore,
  type Correction,
  type DatasetMeta,
  type StoredDocument,
  type NewDataset,
  type SaveOptions,
} from './types.ts';

/**
 * The same store in memory, for browsers that have no IndexedDB or refuse it (private windows,
 * blocked storage). Everything is lost on reload; the app says so.
 */
export function createMemoryStore(): ClaimStore {
  const datasets = new Map<string, { meta: DatasetMeta; claims: Claim[] }>();
  const documents = new Map<string, StoredDocument>();
  const corrections = new Map<string, Correction>();
  const get = (id: string) => {
    const entry = datasets.get(id);
    if (!entry) throw new DatasetNotFoundError(id);
    return entry;
  };
  return {
    backend: 'memory',
    official: memoryOfficialStore(),
    async saveDataset(dataset: NewDataset, claims: readonly Claim[], options: SaveOptions = {}) {
      const meta = newDatasetMeta(dataset, claims.length);
      // Copies, as IndexedDB would: later edits to the caller's objects do not reach the store.
      datasets.set(meta.id, { meta, claims: structuredClone([...claims]) });
      options.onProgress?.(claims.length, claims.length);
      return { ...meta };
    },
    async listDatasets() {
      return [...datasets.values()].map((entry) => ({ ...entry.meta })).sort(compareDatasets);
    },
    async getDataset(id: string) {
      const entry = datasets.get(id);
      return entry ? { ...entry.meta } : undefined;
    },
    async loadDatasetClaims(id: string) {
      return structuredClone(get(id).claims);
    },
    async renameDataset(id: string, name: string) {
      const entry = get(id);
      entry.meta = { ...entry.meta, name };
      return { ...entry.meta };
    },
    async deleteDataset(id: string) {
      datasets.delete(id);
      for (const [sourceId, document] of documents)
        if (document.datasetId === id) documents.delete(sourceId);
      for (const [correctionId, correction] of corrections)
        if (correction.datasetId === id) corrections.delete(correctionId);
    },
    async saveDocumentDataset(dataset, document, claims) {
      const meta = newDatasetMeta({ ...dataset, kind: 'document' }, claims.length);
      datasets.set(meta.id, { meta, claims: structuredClone([...claims]) });
      documents.set(document.sourceId, {
        ...structuredClone(document),
        datasetId: meta.id,
        createdAt: meta.createdAt,
      });
      return { ...meta };
    },
    async getDocument(sourceId: string) {
      const document = documents.get(sourceId);
      return document ? structuredClone(document) : undefined;
    },
    async listCorrections() {
      return structuredClone([...corrections.values()]).sort((a, b) => a.createdAt - b.createdAt);
    },
    async addCorrection(correction: Correction) {
      if (corrections.has(correction.id))
        throw new Error(`A correction with id "${correction.id}" is stored already.`);
      corrections.set(correction.id, structuredClone(correction));
    },
    async deleteCorrection(id: string) {
      corrections.delete(id);
    },
    async ensureBaseline(shipped: ShippedClaims): Promise<BaselineResult> {
      const current = datasets.get(BASELINE_ID);
      if (current && current.meta.hash === shipped.hash)
        return { status: 'unchanged', meta: { ...current.meta }, problems: [] };
      const prepared = prepareBaseline(shipped);
      // Copies, as IndexedDB would: the app keeps the same objects on screen.
      datasets.set(BASELINE_ID, { meta: prepared.meta, claims: structuredClone(prepared.claims) });
      return {
        status: current ? 'replaced' : 'imported',
        meta: { ...prepared.meta },
        problems: prepared.problems,
      };
    },
    close() {},
  };
}
