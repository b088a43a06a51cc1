/**
 * Documents stating known figures, made for the document tests: a text file, a saved web page
 * with metadata, and the same kind of page printed to PDF by Chromium in the test.
 */
import { zipSync } from 'fflate';
import type { Browser } from 'playwright-core';

export const TXT_NAME = 'it-exports-note.txt';
export const TXT = [
  "Kazakhstan's IT services exports reached $1.2 billion in 2024, the ministry said.",
  'The number of IT companies registered at Astana Hub grew to 1,850 in 2024.',
  'The government aims to raise IT services exports to $5 billion by 2029.',
  // a rank the extractor leaves out ("number 12"): the analyst marks it by hand
  "Astana Hub's startup ecosystem climbed to number 12 in the regional index.",
].join('\n');
/** What the review should list for the text file, in document order. */
export const TXT_CLAIMS = [
  { value: 1_200_000_000, period: '2024' },
  { value: 1850, period: '2024' },
  { value: 5_000_000_000, period: '2029' },
];

export const HTML_NAME = 'internet-survey.html';
export const HTML = `<!doctype html>
<html><head>
<title>Internet use keeps growing</title>
<meta property="og:site_name" content="Steppe Daily">
<meta property="article:published_time" content="2025-03-14T09:30:00+05:00">
<link rel="canonical" href="https://steppe-daily.example/internet-use">
<script>window.__ranScript = true; document.title = 'script ran';</script>
<link rel="stylesheet" href="https://tracker.example/style.css">
</head><body>
<nav><a href="/">Home</a> · <a href="/news">News</a></nav>
<article>
<h1>Internet use keeps growing</h1>
<p>Internet penetration in Kazakhstan reached 92.3% in 2023, according to the statistics bureau,
continuing a decade of steady growth in the number of households that are connected.</p>
<img src="https://tracker.example/pixel.gif" onerror="window.__ranScript = true">
<p>The share of the digital economy in GDP was 4.1% in 2023, officials told reporters at a
briefing in the capital, adding that the figure should keep rising over the coming years.</p>
</article>
<footer>© Steppe Daily</footer>
</body></html>`;
export const HTML_CLAIMS = [
  { value: 92.3, period: '2023' },
  { value: 4.1, period: '2023' },
];

export const PDF_NAME = 'payments-report.pdf';
export const PDF_CLAIMS = [
  { value: 8_400_000_000_000, period: '2024' },
  { value: 100_000, period: '2026' },
];

/** A PDF printed by Chromium from a page stating `PDF_CLAIMS`. */
export async function printPdf(browser: Browser, html?: string): Promise<Buffer> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent(
      html ??
        `<html><head><title>Payments report 2025</title></head><body>
        <h1>Payments report</h1>
        <p>Mobile payments in Kazakhstan rose to 8.4 trillion tenge in 2024.</p>
        <p>Kazakhstan plans to train 100,000 IT specialists by 2026.</p>
        </body></html>`,
    );
    return await page.pdf({ format: 'A4' });
  } finally {
    await context.close();
  }
}

export const DOCX_NAME = 'board-minutes.docx';
export const DOCX_PARAGRAPHS = [
  'Board minutes',
  'Venture investment in Kazakhstan reached $120 million in 2024, the board heard.',
  'The fund aims to invest $500 million by 2028.',
];

const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word document (.docx: a zip of XML parts) with one run per paragraph. */
export function makeDocx(paragraphs: readonly string[]): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  return zipSync({
    '[Content_Types].xml': encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        paragraphs
          .map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(p)}</w:t></w:r></w:p>`)
          .join('') +
        '</w:body></w:document>',
    ),
  });
}

/**
 * A one-page PDF encrypted with the standard security handler (RC4, revision 2) whose user
 * password is not empty: its `/U` entry matches no key the empty password gives, so a reader
 * must ask for a password (pdf.js raises a `PasswordException`). Offsets in the cross-reference
 * table are exact.
 */
export function makeEncryptedPdf(): Uint8Array {
  const hex = (byte: number, length: number) => byte.toString(16).padStart(2, '0').repeat(length);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R >>',
    '<< /Length 8 >>\nstream\nunread!!\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x5a, 32)}> /U <${hex(0xa5, 32)}> /P -44 >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf +=
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R ` +
    `/ID [<${hex(0x11, 16)}> <${hex(0x11, 16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
