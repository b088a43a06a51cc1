/**
 * A large saved news page, as a browser's "Save page as" writes one: metadata in the head, inline
 * scripts and state blobs, a style sheet, a navigation of hundreds of links, an article of
 * paragraphs stating figures, related stories, comments and a footer. Deterministic.
 * @example savedPage(500_000).length // ≥ 500,000 characters, about half of them markup
 */

const METRICS = [
  ['IT services exports', '$', ' million'],
  ['mobile payments', '', ' trillion tenge'],
  ['internet penetration', '', '%'],
  ['venture investment', '$', ' million'],
] as const;

function paragraph(n: number): string {
  const [metric, before, after] = METRICS[n % METRICS.length]!;
  const year = 2015 + (n % 10);
  const value = ((n * 37) % 900) / 10 + 1;
  return (
    `<p class="article__text" data-block="${n}">In ${year}, <a href="/tag/${n}">${metric}</a> in ` +
    `Kazakhstan reached ${before}${value}${after}, according to the ministry, which expects ` +
    `<em>steady</em> growth until ${year + 5}.</p>`
  );
}

function story(n: number): string {
  return (
    `<li class="related__item"><a href="/news/${n}" onclick="track(${n})">` +
    `<img src="https://cdn.example/thumb/${n}.jpg" alt="" loading="lazy" ` +
    `onerror="this.remove()"><span>Story ${n}: markets, budgets and the regions</span></a></li>`
  );
}

function comment(n: number): string {
  return (
    `<div class="comment" id="c${n}"><div class="comment__author">Reader ${n}</div>` +
    `<div class="comment__body">I read this twice; comment number ${n} agrees.</div>` +
    `<button onclick="reply(${n})">Reply</button></div>`
  );
}

export function savedPage(minimumBytes: number): string {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<title>Kazakhstan’s digital economy in figures</title>' +
    '<meta property="og:site_name" content="Steppe Daily">' +
    '<meta property="article:published_time" content="2025-03-14T09:30:00+05:00">' +
    '<link rel="canonical" href="https://steppe-daily.example/digital-economy">' +
    '<link rel="stylesheet" href="https://cdn.example/site.css">' +
    '<script src="https://cdn.example/analytics.js"></script>' +
    `<style>${Array.from({ length: 400 }, (_, i) => `.c${i}{margin:${i % 7}px;color:#${(i * 2654435761).toString(16).slice(-6)}}`).join('')}</style>` +
    `<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 600 }, (_, i) => ({ id: i, title: `Story ${i}`, tags: ['economy', 'it'] })) })};</script>` +
    '</head><body onload="init()">';
  const nav = `<header><nav class="menu"><ul>${Array.from({ length: 300 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('')}</ul></nav></header>`;
  const parts: string[] = [head, nav, '<main><article><h1>Kazakhstan’s digital economy</h1>'];
  let size = parts.join('').length;
  let n = 0;
  // the article, the related stories and the comments grow together to the size asked for
  const article: string[] = [];
  const related: string[] = [];
  const comments: string[] = [];
  while (size < minimumBytes) {
    const chunk = [paragraph(n), story(n), comment(n)];
    article.push(chunk[0]!);
    related.push(chunk[1]!);
    comments.push(chunk[2]!);
    size += chunk.join('').length;
    n++;
  }
  parts.push(
    article.join(''),
    '</article>',
    `<aside><ul class="related">${related.join('')}</ul></aside>`,
    `<section class="comments">${comments.join('')}</section>`,
    '</main><footer>© Steppe Daily <script>init()</script></footer></body></html>',
  );
  return parts.join('');
}
