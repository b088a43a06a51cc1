import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';

/** WOFF2's table tags by index (the spec's "known table tags"), as far as fonts here use them. */
const KNOWN_TAGS = [
  'cmap',
  'head',
  'hhea',
  'hmtx',
  'maxp',
  'name',
  'OS/2',
  'post',
  'cvt ',
  'fpgm',
  'glyf',
  'loca',
  'prep',
];

/**
 * The code points a woff2 file maps to glyphs, read from its cmap (formats 4 and 12), so tests can
 * check font ranges against the font itself. Reads one font, not collections.
 * @example cmapOf('node_modules/inter-ui/web/Inter-Regular.woff2').has(0x2248) // true
 */
export function cmapOf(path: string): Set<number> {
  const file = readFileSync(path);
  if (file.toString('latin1', 0, 4) !== 'wOF2') throw new Error(`${path} is not a woff2 file`);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  let at = 48;
  const base128 = (): number => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = file[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error(`${path}: bad UIntBase128 at byte ${at}`);
  };
  const tables: { tag: string; length: number }[] = [];
  for (let i = view.getUint16(12); i > 0; i--) {
    const flags = file[at++]!;
    let tag = KNOWN_TAGS[flags & 63] ?? `#${flags & 63}`;
    if ((flags & 63) === 63) {
      tag = file.toString('latin1', at, at + 4);
      at += 4;
    }
    const original = base128();
    const transform = flags >> 6;
    const transformed = tag === 'glyf' || tag === 'loca' ? transform === 0 : transform !== 0;
    tables.push({ tag, length: transformed ? base128() : original });
  }
  const data = brotliDecompressSync(file.subarray(at, at + view.getUint32(20)));
  let offset = 0;
  for (const table of tables) {
    if (table.tag === 'cmap') return readCmap(data.subarray(offset, offset + table.length));
    offset += table.length;
  }
  throw new Error(`${path} has no cmap table`);
}

function readCmap(table: Uint8Array): Set<number> {
  const cmap = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const codes = new Set<number>();
  for (let i = 0; i < cmap.getUint16(2); i++) {
    const sub = cmap.getUint32(4 + i * 8 + 4);
    const format = cmap.getUint16(sub);
    if (format === 12) {
      for (let g = 0; g < cmap.getUint32(sub + 12); g++) {
        const last = cmap.getUint32(sub + 20 + g * 12);
        for (let code = cmap.getUint32(sub + 16 + g * 12); code <= last; code++) codes.add(code);
      }
    } else if (format === 4) {
      const segmentsX2 = cmap.getUint16(sub + 6);
      for (let s = 0; s < segmentsX2 / 2; s++) {
        const last = cmap.getUint16(sub + 14 + s * 2);
        const first = cmap.getUint16(sub + 16 + segmentsX2 + s * 2);
        if (first !== 0xffff) for (let code = first; code <= last; code++) codes.add(code);
      }
    }
  }
  return codes;
}
