/** Test helper: the entity of each figure of a text, by value (owner and programme tests). */
import { expect } from 'vitest';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';

const catalogue = loadDefaultCatalogue();

/** The entity of each figure of `text` under the headline `title`, by its value. */
export function entitiesOf(title: string, text: string): Record<string, string> {
  const claims = extractClaims(
    `${title}\n\n${text}`,
    { id: 'owner', title, published: '2026-06-01', outlet: '', url: '' },
    catalogue,
  );
  return Object.fromEntries(claims.map((claim) => [String(claim.value), claim.entity]));
}

/** Checks that each figure of `text` under `title`, by its value, has the entity `want` gives it. */
export function expectEntities(
  title: string,
  text: string,
  want: Readonly<Record<string, string | undefined>>,
): void {
  const got = entitiesOf(title, text);
  for (const [value, entity] of Object.entries(want)) expect(got[value]).toBe(entity);
}
