import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFile, metaCsp, securityHeaders } from '../../src/lib/security-headers.ts';

const html = readFileSync('index.html', 'utf8');
const headers = securityHeaders(metaCsp(html));

describe('security headers: one policy, written once in index.html', () => {
  test('the header policy is the meta policy plus frame-ancestors', () => {
    expect(headers['Content-Security-Policy']).toBe(`${metaCsp(html)}; frame-ancestors 'none'`);
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });

  test('public/_headers (static hosts) says the same', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile(headers));
  });

  test("the README's nginx snippet says the same", () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, value] of Object.entries(headers))
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
  });

  test.each([
    {
      html: '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">',
      csp: "default-src 'none'",
    },
    { html: '<meta charset="utf-8">', csp: null },
  ])('metaCsp($html)', ({ html, csp }) => {
    if (csp === null) expect(() => metaCsp(html)).toThrow(/no Content-Security-Policy meta tag/);
    else expect(metaCsp(html)).toBe(csp);
  });
});
