/**
 * The HTTP headers every place that serves Sandar sends: `vite dev`, `vite preview` (`npm start`),
 * static hosts (`public/_headers`) and nginx (README). The Content-Security-Policy is the one in
 * index.html's `<meta>` tag, the only place it is written, plus what a meta tag cannot set
 * (`frame-ancestors`). Pure: the caller reads index.html.
 */

/**
 * The policy of index.html's `<meta http-equiv="Content-Security-Policy">`.
 *
 * @example metaCsp('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />')
 *   // "default-src 'self'"
 */
export function metaCsp(html: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!meta) throw new Error('index.html has no Content-Security-Policy meta tag');
  return meta[1]!;
}

/** The headers for a policy taken from the meta tag. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // frame-ancestors for browsers that predate it
    'X-Frame-Options': 'DENY',
  };
}

/**
 * `public/_headers` as Netlify and Cloudflare Pages read it: a path pattern, then indented headers.
 *
 * @example headersFile({ 'X-Content-Type-Options': 'nosniff' })
 *   // '/*\n  X-Content-Type-Options: nosniff\n'
 */
export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}\n`)
    .join('')}`;
}
