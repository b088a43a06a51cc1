/**
 * What the export dialog calls: an image (PNG or SVG) of one chart, every chart of a view as one
 * zip of PNGs, a download, a copy to the clipboard. Loaded only when the user opens the dialog.
 */
import { zipSync } from 'fflate';
import {
  buildChartExport,
  type ExportSettings,
  type ExportSource,
} from '../charts/export-chart.ts';
import type { ExportChartOption, ExportSize } from '../charts/export-layout.ts';
import { subsetsFor } from './font-faces.ts';
import { fontFiles, registerFonts } from './font-files.ts';
import { optionText, renderPng, renderSvg } from './render.ts';
import { downloadBlob } from './download.ts';

export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

/** Inter in `document.fonts` before drawing: the canvas draws with it and ECharts measures text with it (line breaks, label room), for SVG too. */
async function withFonts(option: ExportChartOption): Promise<void> {
  await registerFonts(subsetsFor(optionText(option)));
}

async function svgBlob(option: ExportChartOption, size: ExportSize): Promise<Blob> {
  await withFonts(option);
  return new Blob([await renderSvg(option, size, fontFiles)], { type: 'image/svg+xml' });
}

/** Times each export as `sandar:export-png` / `sandar:export-svg` (read by `npm run bench`). */
export async function exportImage(
  source: ExportSource,
  settings: ExportSettings,
  isoDate: string,
): Promise<ExportedFile> {
  const start = performance.now();
  const { option, size, fileName } = buildChartExport(source, settings, isoDate);
  let blob: Blob;
  if (settings.format === 'svg') blob = await svgBlob(option, size);
  else {
    await withFonts(option);
    blob = await renderPng(option, size, settings.scale);
  }
  performance.measure(`sandar:export-${settings.format}`, { start });
  return { blob, fileName };
}

/** The SVG the dialog previews: the same layout as the file, whatever the format. */
export function previewSvg(source: ExportSource, settings: ExportSettings): Promise<Blob> {
  const { option, size } = buildChartExport(source, settings, '');
  return svgBlob(option, size);
}

/** Names made unique within a zip: `a.png`, `a-2.png`, … */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = name.replace(/(\.[a-z]+)$/, `-${n}$1`);
    used.add(candidate);
    return candidate;
  });
}

/**
 * One PNG per chart, each with its own title, subtitle, source and notes (from `settingsFor`),
 * zipped without recompression (PNG is compressed already). Timed as `sandar:export-all`.
 */
export async function exportAllZip(
  sources: readonly ExportSource[],
  settingsFor: (source: ExportSource) => ExportSettings,
  isoDate: string,
  zipName: string,
): Promise<ExportedFile> {
  const start = performance.now();
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const source of sources) {
    const { blob, fileName } = await exportImage(
      source,
      { ...settingsFor(source), format: 'png' },
      isoDate,
    );
    files.push({ name: fileName, bytes: new Uint8Array(await blob.arrayBuffer()) });
  }
  const names = uniqueNames(files.map((file) => file.name));
  const zip = zipSync(
    Object.fromEntries(files.map((file, i) => [names[i]!, [file.bytes, { level: 0 }]])),
  );
  performance.measure('sandar:export-all', { start, detail: { charts: sources.length } });
  return { blob: new Blob([zip], { type: 'application/zip' }), fileName: zipName };
}

/** Saves an exported image or zip. */
export function downloadFile({ blob, fileName }: ExportedFile): void {
  downloadBlob(blob, fileName);
}

/**
 * Puts a PNG on the clipboard. The PNG is handed over as a promise so Safari keeps the user's click
 * as the permission for the write. Returns what to tell the user.
 */
export async function copyPng(blob: Promise<Blob>): Promise<{ ok: boolean; message: string }> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    return {
      ok: false,
      message:
        'This browser does not let web pages copy images. Download the PNG and insert it instead.',
    };
  }
  if (typeof ClipboardItem.supports === 'function' && !ClipboardItem.supports('image/png')) {
    return {
      ok: false,
      message: 'This browser cannot copy PNG images. Download the PNG and insert it instead.',
    };
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return { ok: true, message: 'Image copied: paste it into your slide.' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `The browser refused to copy the image (${reason}). Download the PNG instead.`,
    };
  }
}
