/**
 * A saved web page as metadata and plain text. Works on a parsed `Document` from a DOM library
 * the caller hands over (linkedom, in the extraction worker and in the CLI: it runs no script and
 * loads nothing); no DOM globals are used, so the same code runs wherever there is no DOM.
 */
import { Readability } from '@mozilla/readability';
import { DocumentError } from './formats.ts';
import { emptyMeta, isoDay, oneLine, webUrl, type DocumentMeta } from './meta.ts';
import { decodeDocumentText } from './text.ts';

type Queryable = Pick<Document, 'querySelector'>;

function attribute(doc: Queryable, selector: string, name: string): string {
  return doc.querySelector(selector)?.getAttribute(name)?.trim() ?? '';
}

function first(...values: string[]): string {
  return values.find((value) => value !== '') ?? '';
}

/**
 * Title from `<title>` (else `og:title`), outlet from `og:site_name`, URL from the canonical link
 * (else `og:url`), date from `article:published_time` (else other common date tags).
 */
export function htmlMetadata(doc: Queryable): DocumentMeta {
  const meta = emptyMeta();
  meta.title = oneLine(
    first(
      doc.querySelector('title')?.textContent ?? '',
      attribute(doc, 'meta[property="og:title"]', 'content'),
    ),
  );
  meta.outlet = oneLine(
    first(
      attribute(doc, 'meta[property="og:site_name"]', 'content'),
      attribute(doc, 'meta[name="application-name"]', 'content'),
    ),
  );
  meta.url = webUrl(
    first(
      attribute(doc, 'link[rel="canonical"]', 'href'),
      attribute(doc, 'meta[property="og:url"]', 'content'),
    ),
  );
  meta.published = isoDay(
    first(
      attribute(doc, 'meta[property="article:published_time"]', 'content'),
      attribute(doc, 'meta[name="article:published_time"]', 'content'),
      attribute(doc, 'meta[itemprop="datePublished"]', 'content'),
      attribute(doc, 'meta[name="date"]', 'content'),
      attribute(doc, 'time[datetime]', 'datetime'),
    ),
  );
  return meta;
}

/** Elements that start a paragraph of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'BODY',
  'CAPTION',
]);
/** Never text a reader sees. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text a reader sees under `root`, one paragraph per line (the extractor's paragraphs):
 * block elements and `<br>` break lines, white space inside a paragraph is collapsed, table
 * cells are separated by a tab.
 */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    const trimmed = line.replace(/[ \t]+/g, ' ').trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        line += (child.nodeValue ?? '').replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = (child as Element).tagName.toUpperCase();
      if (SKIPPED.has(name)) continue;
      if (name === 'BR') {
        breakLine();
        continue;
      }
      if (name === 'TD' || name === 'TH') line += ' ';
      const block = BLOCKS.has(name);
      if (block) breakLine();
      walk(child);
      if (block) breakLine();
    }
  };
  walk(root);
  breakLine();
  return lines.join('\n');
}

const INLINE_HANDLER = /(<[a-z][^>]*?[\s/"'])on([a-z]+\s*=)/gi;

/**
 * Renames inline event handler attributes (`onerror=`, `onload=`…) to `data-on…=` before a saved
 * page is parsed. linkedom never runs them; renamed, no handler survives into any DOM the page's
 * text passes through (a browser's `DOMParser` checked each one against the app's
 * Content-Security-Policy, and reported a violation for every one, when the page was parsed
 * there).
 * @example neutralizeInlineHandlers('<img src=x onerror="alert(1)">') // '<img src=x data-onerror="alert(1)">'
 */
export function neutralizeInlineHandlers(html: string): string {
  let previous;
  let current = html;
  // a tag with several handlers needs one pass per handler
  do {
    previous = current;
    current = current.replace(INLINE_HANDLER, '$1data-on$2');
  } while (current !== previous);
  return current;
}

/** Parses HTML into a document: a DOM library such as linkedom's `parseHTML(html).document`. */
export type ParseHtml = (html: string) => Document;

/**
 * A saved page's text (its article body, found by Readability, else the whole body) and details,
 * with the parser the caller has: the browser and the CLI run this same function.
 */
export function readHtmlText(html: string, parse: ParseHtml): { text: string; meta: DocumentMeta } {
  const inert = neutralizeInlineHandlers(html);
  const page = parse(inert);
  // Read before Readability, which rewrites the document it is given.
  const meta = htmlMetadata(page);
  // The article body as the element Readability built, not as HTML to parse a second time.
  const article = new Readability(page, { serializer: (node: Node) => node }).parse();
  let text = '';
  if (article?.content) text = blockText(article.content);
  if (!text.trim()) text = blockText(parse(inert).body);
  return {
    text,
    meta: {
      ...meta,
      title: meta.title || oneLine(article?.title ?? ''),
      outlet: meta.outlet || oneLine(article?.siteName ?? ''),
    },
  };
}

/**
 * A saved page's bytes as text and details, as both the extraction worker and the CLI read it:
 * decoded as uploads are, then `readHtmlText`. Throws `DocumentError` naming the file when the
 * page shows no text.
 */
export function readSavedPage(
  fileName: string,
  bytes: Uint8Array,
  parse: ParseHtml,
): { text: string; meta: DocumentMeta } {
  const read = readHtmlText(decodeDocumentText(bytes), parse);
  if (!read.text.trim()) throw new DocumentError(`${fileName} shows no text.`);
  return read;
}
