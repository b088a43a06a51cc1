import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeBytes, detectEncoding } from '../../../src/lib/upload/decode.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/upload/${name}`));
const CYRILLIC_QUOTE = 'Экспорт ИТ-услуг достиг 500 млн долларов, сообщил министр.';

describe('detectEncoding and decodeBytes', () => {
  test.each([
    ['utf8-no-bom-cyrillic.csv', 'utf-8', false, CYRILLIC_QUOTE],
    ['utf8-bom-cyrillic.csv', 'utf-8', true, CYRILLIC_QUOTE],
    ['utf16le-bom-cyrillic.csv', 'utf-16le', true, CYRILLIC_QUOTE],
    ['utf16be-bom-cyrillic.csv', 'utf-16be', true, CYRILLIC_QUOTE],
    ['windows-1251-cyrillic.csv', 'windows-1251', false, CYRILLIC_QUOTE],
    ['windows-1252-latin.csv', 'windows-1252', false, 'café'],
  ] as const)('%s is %s (BOM %s) and decodes its text', (name, encoding, bom, expectedText) => {
    const bytes = fixture(name);
    const detected = detectEncoding(bytes);
    expect(detected.encoding).toBe(encoding);
    expect(detected.bom).toBe(bom);
    const text = decodeBytes(bytes, detected.encoding);
    expect(text.startsWith('metric,')).toBe(true); // the BOM is dropped
    expect(text).toContain(expectedText);
  });

  test('plain ASCII is UTF-8', () => {
    expect(detectEncoding(new TextEncoder().encode('metric,entity\n')).encoding).toBe('utf-8');
  });
});
