import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import {
  blockText,
  htmlMetadata,
  neutralizeInlineHandlers,
} from '../../../src/lib/documents/html.ts';

const page = (name: string) =>
  parseHTML(readFileSync(`tests/fixtures/documents/${name}`, 'utf8')).document;

describe('htmlMetadata', () => {
  test.each([
    {
      fixture: 'article-with-metadata.html',
      expected: {
        title: "Kazakhstan's IT exports double",
        outlet: 'Steppe Daily',
        url: 'https://steppe-daily.example/it-exports',
        // the day as the outlet printed it, not moved to UTC (it would be the 14th at 18:30)
        published: '2025-03-14',
      },
    },
    {
      // og:title stands in for a missing <title>; a javascript: URL and 30 February are dropped
      fixture: 'page-without-metadata.html',
      expected: { title: 'Only a social title', outlet: '', url: '', published: '' },
    },
  ])('$fixture', ({ fixture, expected }) => {
    expect(htmlMetadata(page(fixture))).toEqual(expected);
  });
});

describe('blockText', () => {
  test('one paragraph per line; scripts, styles and white space left out', () => {
    const doc = page('article-with-metadata.html');
    expect(blockText(doc.querySelector('article')!)).toBe(
      [
        "Kazakhstan's IT exports double",
        'IT services exports reached $1.2 billion in 2024, the ministry said.',
        'Internet penetration reached 92.3% in 2023.',
        'Mobile payments rose too.',
        '2023 92.3%',
      ].join('\n'),
    );
    expect(blockText(doc.querySelector('head')!)).not.toContain('script ran');
  });
});

describe('neutralizeInlineHandlers', () => {
  test.each([
    ['<img src=x onerror="alert(1)">', '<img src=x data-onerror="alert(1)">'],
    ["<body onload=go() onclick='x'>", "<body data-onload=go() data-onclick='x'>"],
    ['<a href="/x"onmouseover=y>', '<a href="/x"data-onmouseover=y>'],
    // text that only looks like a handler stays as it is
    ['<p>Turn the lights on=off</p>', '<p>Turn the lights on=off</p>'],
    ['<p data-x="1">oneself</p>', '<p data-x="1">oneself</p>'],
  ])('%s', (input, expected) => {
    expect(neutralizeInlineHandlers(input)).toBe(expected);
  });
});
