/**
 * One line ending for the whole text: `\r\n` and a lone `\r` become `\n`. A file edited on two
 * systems mixes them (a CRLF header, then LF, CR and CRLF rows), and a CSV parser that takes its
 * line ending from the first line reads the rest as one broken row. A text without `\r` is
 * returned as it is, uncopied. Line breaks inside quoted fields become `\n` too. Pure.
 *
 * @example normalizeLineEndings('a,b\r\n1,2\r3,4\n') // 'a,b\n1,2\n3,4\n'
 */
export function normalizeLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
