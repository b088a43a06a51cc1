/**
 * A saved web page's text and details, read with the browser's DOMParser: a parsed document has
 * no browsing context, so none of its scripts run and none of its images, styles or frames load.
 * Readability then finds the article body among menus, footers and sidebars. Inline handlers are
 * renamed first (see `neutralizeInlineHandlers`), so the CSP has nothing to report.
 */
import { Readability } from '@mozilla/readability';
import { blockText, htmlMetadata, neutralizeInlineHandlers } from '../lib/documents/html.ts';
import type { DocumentMeta } from '../lib/documents/meta.ts';

export async function readHtml(html: string): Promise<{ text: string; meta: DocumentMeta }> {
  const parser = new DOMParser();
  const inert = neutralizeInlineHandlers(html);
  const page = parser.parseFromString(inert, 'text/html');
  // Read before Readability, which rewrites the document it is given.
  const meta = htmlMetadata(page);
  const article = new Readability(page).parse();
  let text = '';
  if (article?.content) {
    // Readability gives the body back as HTML: parsed the same inert way, then read as text.
    text = blockText(parser.parseFromString(article.content, 'text/html').body);
  }
  if (!text.trim()) text = blockText(parser.parseFromString(inert, 'text/html').body);
  return {
    text,
    meta: {
      ...meta,
      title: meta.title || (article?.title ?? '').trim(),
      outlet: meta.outlet || (article?.siteName ?? '').trim(),
    },
  };
}
