/**
 * Text written into a regular expression. Pure.
 */

/**
 * `text` with every character a regular expression gives a meaning escaped, to match it as written.
 *
 * @example escapeRegExp('S&P 500 (index)') // 'S&P 500 \\(index\\)'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
