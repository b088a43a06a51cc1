import { describe, expect, test } from 'vitest';
import { extractClaims, type SourceMeta } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';

const catalogue = loadDefaultCatalogue();

const source: SourceMeta = {
  id: 'doc',
  title: '',
  outlet: 'Outlet',
  url: 'https://example.org/a',
  published: '2026-05-20',
  defaultEntity: 'Kazakhstan',
};

/** The mention, value and unit of each claim of `text`. */
function figures(text: string) {
  return extractClaims(text, source, catalogue).map((c) => ({
    mention: text.slice(c.quote_start!, c.quote_end!),
    value: c.value,
    unit: c.unit,
  }));
}

describe('a currency named once in a Russian or Kazakh sentence carries to its bare sums', () => {
  test.each([
    {
      text: 'Расходы бюджета составили 9,1 трлн тенге, из них на оборону — 1,3 трлн.',
      mention: '1,3 трлн',
      value: 1.3e12,
      unit: 'KZT',
    },
    {
      text: 'Поступления выросли до 48,2 млрд сомов, выплаты – 40,5 млрд.',
      mention: '40,5 млрд',
      value: 40.5e9,
      unit: 'KGS',
    },
    {
      text: 'Ввоз сократился до 3,3 млрд, вывоз – до 7,7 млрд долларов.',
      mention: '3,3 млрд',
      value: 3.3e9,
      unit: 'USD',
    },
    // what the words between name a count, not money
    {
      text: 'Оборот достиг 5,5 трлн тенге, а число клиентов превысило 640 тысяч.',
      mention: '640 тысяч',
      value: 640000,
      unit: 'count',
    },
    {
      text: 'Число абонентов выросло до 310 тыс., а выручка превысила 90 млрд тенге.',
      mention: '310 тыс.',
      value: 310000,
      unit: 'count',
    },
    {
      text: 'Решено выделить 120 млрд тенге и обучить 15 тысяч ИТ-инженеров.',
      mention: '15 тысяч',
      value: 15000,
      unit: 'count',
    },
  ])('$mention in "$text"', ({ text, mention, value, unit }) => {
    expect(figures(text)).toContainEqual({ mention, value, unit });
  });
});
