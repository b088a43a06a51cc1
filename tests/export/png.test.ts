import { deflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { decodePng, pngSize } from './png.ts';

/** Builds a 2×2 RGBA PNG with the given filter type on each row, so the reader is checked on known pixels. */
function tinyPng(filter: number): Uint8Array {
  const crc = () => Buffer.alloc(4); // The reader does not check CRCs.
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'ascii'), data, crc()]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  // Pixels: (0,0) red opaque, (1,0) transparent, (0,1) green, (1,1) blue half alpha; filter 0 rows.
  const rows = [
    [255, 0, 0, 255, 0, 0, 0, 0],
    [0, 255, 0, 255, 0, 0, 255, 128],
  ];
  const encoded = rows.map((row, y) => {
    if (filter === 2 && y === 1) return [2, ...row.map((v, i) => (v - rows[0]![i]!) & 0xff)];
    if (filter === 1) return [1, ...row.map((v, i) => (i >= 4 ? (v - row[i - 4]!) & 0xff : v))];
    return [0, ...row];
  });
  const idat = deflateSync(Buffer.from(encoded.flat()));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', idat),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

test.each([0, 1, 2])('decodes rows with filter %i', (filter) => {
  const png = decodePng(tinyPng(filter));
  expect(pngSize(tinyPng(filter))).toEqual({ width: 2, height: 2 });
  expect([png.pixel(0, 0), png.pixel(1, 0), png.pixel(0, 1), png.pixel(1, 1)]).toEqual([
    [255, 0, 0, 255],
    [0, 0, 0, 0],
    [0, 255, 0, 255],
    [0, 0, 255, 128],
  ]);
});

test('rejects what is not a PNG', () => {
  expect(() => pngSize(new TextEncoder().encode('<svg></svg>'))).toThrow('not a PNG');
});
