import mammoth from 'mammoth';
import { expect, test } from 'vitest';
import { readDocx } from '../../../src/lib/documents/docx.ts';
import { DocumentError } from '../../../src/lib/documents/formats.ts';
import { DOCX_PARAGRAPHS, makeDocx } from '../../e2e/documents-fixtures.ts';

test('a Word document made for the test: one paragraph per line', async () => {
  expect(await readDocx(mammoth, 'minutes.docx', makeDocx(DOCX_PARAGRAPHS))).toBe(
    DOCX_PARAGRAPHS.join('\n'),
  );
});

test.each([
  [
    'a zip that is no Word document',
    new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]),
  ],
  ['a document without text', makeDocx([])],
])('%s is refused, naming the file', async (_, bytes) => {
  const read = readDocx(mammoth, 'bad.docx', bytes);
  await expect(read).rejects.toThrow(DocumentError);
  await expect(read).rejects.toThrowError(/^bad\.docx/);
});
