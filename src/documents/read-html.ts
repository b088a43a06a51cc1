/**
 * A saved web page's text and details, read with the browser's DOMParser: a parsed document has
 * no browsing context, so none of its scripts run and none of its images, styles or frames load.
 * The rest (inline handlers renamed, Readability, text) is `readHtmlText`, which the CLI shares.
 */
import { readHtmlText } from '../lib/documents/html.ts';
import type { DocumentMeta } from '../lib/documents/meta.ts';

export function readHtml(html: string): { text: string; meta: DocumentMeta } {
  const parser = new DOMParser();
  return readHtmlText(html, (source) => parser.parseFromString(source, 'text/html'));
}
