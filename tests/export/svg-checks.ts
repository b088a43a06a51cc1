/** Checks on an exported SVG shared by the unit and browser tests. */

/** Text of every <text> element, entities decoded. */
export const textsOf = (svg: string): string[] =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );

/** Every reference to something outside the SVG: hrefs and url() other than data:/#, and any http(s) or //host. */
export function externalReferences(svg: string): string[] {
  const stripped = svg
    // Namespace names are identifiers, not fetched.
    .replace(/\sxmlns(:\w+)?="[^"]*"/g, '')
    // Embedded data (base64 may hold "//").
    .replace(/data:[^)"'\s]*/g, 'data:');
  const hrefs = [...stripped.matchAll(/href\s*=\s*["']([^"']*)/g)]
    .map((m) => m[1]!)
    .filter((v) => !v.startsWith('data:') && !v.startsWith('#'));
  const urls = [...stripped.matchAll(/url\(\s*['"]?([^'")]*)/g)]
    .map((m) => m[1]!)
    .filter((v) => !v.startsWith('data:') && !v.startsWith('#'));
  const schemes = [...stripped.matchAll(/(https?:|\/\/[a-z]|@import)/gi)].map((m) => m[0]);
  return [...hrefs, ...urls, ...schemes];
}
