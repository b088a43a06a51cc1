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

describe('a bare scaled sum takes the currency its sentence or the one before names', () => {
  test.each([
    // English lists sums after a comma and "and" as Russian does
    {
      text: 'Outlays on roads are to rise to 2.7 trillion tenge, and on schools to 1.9 trillion.',
      mention: '1.9 trillion',
      value: 1.9e12,
      unit: 'KZT',
    },
    // a sentence that only goes on with the sum of the one before
    {
      text: 'Продажи шерсти в Иран выросли до 3,4 млрд долларов. В прошлом году они составили 2,9 млрд.',
      mention: '2,9 млрд',
      value: 2.9e9,
      unit: 'USD',
    },
    {
      text: 'Wool sales abroad rose to $3.4 billion. A year earlier the total stood at 2.9 billion.',
      mention: '2.9 billion',
      value: 2.9e9,
      unit: 'USD',
    },
    {
      text: 'Поставки шерсти в Иран выросли до 3,4 млрд долларов. Поставки в Турцию упали на 4%, до 1,1 млрд.',
      mention: '1,1 млрд',
      value: 1.1e9,
      unit: 'USD',
    },
    // a count between, a count's word, or no verb of amount: the sum is not money
    {
      text: 'The club grew fees by 9% to 4.1 billion soms and added 12,000 members, taking its membership to 1.6 million.',
      mention: '1.6 million',
      value: 1.6e6,
      unit: 'count',
    },
    {
      text: 'The region will spend ₸9 billion on roads and expects visitor numbers to reach 3 million by 2029.',
      mention: '3 million',
      value: 3e6,
      unit: 'count',
    },
    {
      text: 'Wool sales abroad rose to $3.4 billion. The country has 20 million.',
      mention: '20 million',
      value: 2e7,
      unit: 'count',
    },
  ])('$mention in "$text"', ({ text, mention, value, unit }) => {
    expect(figures(text)).toContainEqual({ mention, value, unit });
  });
});

describe('the bare parts of a count, listed or enumerated, count the same and share its kind', () => {
  test.each([
    {
      text: 'В 2027 году будет выделено 41 200 мест в общежитиях. Из них:\n\n– 18 300 – в Астане;\n– 9 900 – в Алматы.',
      parts: [
        ['18 300', 'target'],
        ['9 900', 'target'],
      ],
    },
    {
      text: 'Из общего числа:\n- в колледжах – 7 400 мест;\n- в школах – 2 150;\n- в лицеях – 1 320.',
      parts: [
        ['2 150', 'actual'],
        ['1 320', 'actual'],
      ],
    },
    {
      text: 'The agency placed 6,400 interns last year. Of these:\n- 3,100 at banks;\n- 2,050 at telecom firms.',
      parts: [
        ['3,100', 'actual'],
        ['2,050', 'actual'],
      ],
    },
    {
      text: 'Из них 7 300 мест предназначены для студентов, 2 100 – для аспирантов, 640 – для стажёров.',
      parts: [
        ['2 100', 'actual'],
        ['640', 'actual'],
      ],
    },
  ])('$text', ({ text, parts }) => {
    const found = extractClaims(text, source, catalogue).map((c) => [
      text.slice(c.quote_start!, c.quote_end!),
      c.kind,
    ]);
    for (const part of parts) expect(found).toContainEqual(part);
  });

  test("a numbered list's own numbers are no parts", () => {
    const text =
      'The agency placed 6,400 interns. Of these:\n1. 3,100 at banks;\n2. 2,050 at telecom firms.';
    const mentions = extractClaims(text, source, catalogue).map((c) =>
      text.slice(c.quote_start!, c.quote_end!),
    );
    expect(mentions).not.toContain('1');
    expect(mentions).not.toContain('2');
  });
});

describe('the two ends of a range measure the same thing', () => {
  test.each([
    {
      text: 'The smelter plans to cast 41,000-43,500 tonnes of zinc in 2027.',
      mention: '41,000',
      value: 41000,
      unit: 'count',
    },
    {
      text: 'The miner will produce between 210,000 and 230,000 ounces next year.',
      mention: '210,000',
      value: 210000,
      unit: 'count',
    },
    {
      text: 'Комбинат рассчитывает выпускать 7,5–8 тонн проката в сутки.',
      mention: '7,5',
      value: 7.5,
      unit: 'count',
    },
    {
      text: 'Analysts expect lead to trade at $2,100-2,300 a tonne.',
      mention: '2,300',
      value: 2300,
      unit: 'USD',
    },
    {
      text: 'Аналитики ждут, что медь будет стоить $9 800–10 200 за тонну.',
      mention: '10 200',
      value: 10200,
      unit: 'USD',
    },
    {
      text: 'The bank sees the tenge at 505-515 per dollar at the end of the year.',
      mention: '505',
      value: 505,
      unit: 'KZT',
    },
  ])('$mention in "$text"', ({ text, mention, value, unit }) => {
    expect(figures(text)).toContainEqual({ mention, value, unit });
  });
});

describe('a bare rate is in the currency its text names, not the one it is quoted against', () => {
  test.each([
    {
      text: 'The som gained 0.8% against the dollar in May to 86.9 per dollar.',
      mention: '86.9',
      value: 86.9,
      unit: 'KGS',
    },
    {
      text: 'The tenge slipped on Monday. It closed at 512 per dollar.',
      mention: '512',
      value: 512,
      unit: 'KZT',
    },
  ])('$mention in "$text"', ({ text, mention, value, unit }) => {
    expect(figures(text)).toContainEqual({ mention, value, unit });
  });
});

describe('ages and school grades count nothing', () => {
  test.each([
    { text: 'Курс прошли 400 тыс. учеников 5–9 классов.', kept: '400 тыс.', dropped: ['5', '9'] },
    {
      text: '2025 жылы 10–60 жас аралығындағы тұрғындардың 88 пайызы интернетті пайдаланды.',
      kept: '88 пайызы',
      dropped: ['10', '60'],
    },
    {
      text: 'In 2025, 2,600 teenagers aged 15 to 17 took the coding course.',
      kept: '2,600',
      dropped: ['15', '17'],
    },
    { text: 'Биыл 5 300 жас маман даярланды.', kept: '5 300', dropped: [] },
  ])('$text', ({ text, kept, dropped }) => {
    const mentions = figures(text).map((f) => f.mention);
    expect(mentions).toContain(kept);
    for (const d of dropped) expect(mentions).not.toContain(d);
  });
});

describe('capitalised number words inside a name are no figure', () => {
  test.each([
    {
      text: 'Over 40,000 pupils joined the Ten Thousand Coders project in 2025.',
      kept: ['40,000'],
      dropped: ['Ten Thousand'],
    },
    {
      text: 'Участниками программы «Сто тысяч инженеров» стали 52 тыс. человек.',
      kept: ['52 тыс.'],
      dropped: ['Сто тысяч'],
    },
    {
      text: 'Three regions joined. Five Kazakh banks signed the pact.',
      kept: ['Three', 'Five'],
      dropped: [],
    },
  ])('$text', ({ text, kept, dropped }) => {
    const mentions = figures(text).map((f) => f.mention);
    for (const k of kept) expect(mentions).toContain(k);
    for (const d of dropped) expect(mentions).not.toContain(d);
  });
});

describe('more of, or a part of, what the sentence counts', () => {
  test.each([
    { text: 'The port has 14 cranes and will buy 6 more next year.', mention: '6', value: 6 },
    {
      text: 'The city opened 9 libraries in 2025 and added 3 more reading rooms.',
      mention: '3',
      value: 3,
    },
    { text: 'В регионе работают 42 элеватора, и строятся еще 7.', mention: '7', value: 7 },
    {
      text: 'Биыл 1 240 стартап тіркелді, олардың 310-ы – шетелдік компаниялар.',
      mention: '310',
      value: 310,
    },
  ])('$mention in "$text"', ({ text, mention, value }) => {
    expect(figures(text)).toContainEqual({ mention, value, unit: 'count' });
  });
});

describe('a future doubling or tripling is a multiple', () => {
  test.each([
    {
      text: 'The ministry says broadband subscriptions will double by 2029.',
      mention: 'double',
      value: 2,
    },
    {
      text: 'We must triple the number of engineers within five years.',
      mention: 'triple',
      value: 3,
    },
    {
      text: 'The operator said its data traffic would double next year.',
      mention: 'double',
      value: 2,
    },
  ])('$mention in "$text"', ({ text, mention, value }) => {
    expect(figures(text)).toContainEqual({ mention, value, unit: 'multiple' });
  });
});

describe('how a figure is counted is no figure', () => {
  test.each([
    { text: 'Output on a 100% basis rose to 3,100 tonnes.', kept: '3,100', dropped: '100%' },
    { text: 'Добыча на 100%-ной основе составила 3 100 тонн.', kept: '3 100', dropped: '100%' },
    {
      text: 'Revenue rose to KZT 88.1 billion (6M 2025: KZT 80.2 billion).',
      kept: 'KZT 80.2 billion',
      dropped: '6M',
    },
  ])('$text', ({ text, kept, dropped }) => {
    const mentions = figures(text).map((f) => f.mention);
    expect(mentions).toContain(kept);
    expect(mentions).not.toContain(dropped);
  });
});

describe('a fraction that is a share of a figure before it', () => {
  test.each([
    {
      text: 'Exports to China reached $4.4 billion, or about two-thirds of the total.',
      mention: 'two-thirds',
      value: 66.67,
    },
    { text: 'Sales fell by nearly a quarter in 2025.', mention: 'a quarter', value: 25 },
    {
      text: 'Spending will reach $900 million, with Almaty alone accounting for about half.',
      mention: 'half',
      value: 50,
    },
    {
      text: 'The country has 12 GW of capacity, of which roughly a third is solar.',
      mention: 'a third',
      value: 33.33,
    },
  ])('$mention in "$text"', ({ text, mention, value }) => {
    expect(figures(text)).toContainEqual({ mention, value, unit: 'percent' });
  });
});

describe('a bare figure the sentence compares with or brings a count to', () => {
  test.each([
    {
      text: 'Some 1,800 firms now export software, up from 950 in 2023.',
      mention: '950',
      value: 950,
      unit: 'count',
    },
    {
      text: 'Lenders issued 4,100 mortgages in May, against 3,600 a year earlier.',
      mention: '3,600',
      value: 3600,
      unit: 'count',
    },
    {
      text: 'The region built 140 new schools in 2025, bringing the total to 1,920.',
      mention: '1,920',
      value: 1920,
      unit: 'count',
    },
    {
      text: 'The park says its number of residents rose to 2,450 in 2025.',
      mention: '2,450',
      value: 2450,
      unit: 'count',
    },
    {
      text: 'Dividends rose to $310 million from 275 a year earlier.',
      mention: '275',
      value: 275,
      unit: 'USD',
    },
  ])('$mention in "$text"', ({ text, mention, value, unit }) => {
    expect(figures(text)).toContainEqual({ mention, value, unit });
  });
});

describe('page furniture, times of day and quoted units are no figures', () => {
  test.each([
    { text: 'Steppe Daily | 3 March 2026 | 2,417 views', dropped: '2,417' },
    { text: 'Share: Telegram | WhatsApp | 7 comments', dropped: '7' },
    { text: 'The full survey is available for $1,200.', dropped: '$1,200' },
    { text: 'Annual subscription: 12,000 tenge.', dropped: '12,000 tenge' },
    { text: 'Gold was up 0.4% at $2,410 an ounce by 0930 GMT.', dropped: '0930' },
    { text: 'The price of 1 GB of data fell to 390 tenge.', dropped: '1' },
    { text: 'Курс на 1 марта: 1 евро — 560,2 тенге.', dropped: '1 евро' },
    { text: 'Revenue rose 9% in the same quarter of 2025.', dropped: 'quarter' },
  ])('$text', ({ text, dropped }) => {
    expect(figures(text).map((f) => f.mention)).not.toContain(dropped);
  });
});

describe('a text table whose caption ends in a colon and names its unit', () => {
  const claimsOf = (text: string) =>
    extractClaims(text, source, catalogue).map((c) => ({
      mention: text.slice(c.quote_start!, c.quote_end!),
      value: c.value,
      unit: c.unit,
      entity: c.entity,
      kind: c.kind,
    }));
  test('rows of places take the caption unit and are each their place', () => {
    const text =
      'The bank published its outlook on Monday.\n\nInflation forecasts for 2027, %:\nArmenia     3.9\nGeorgia     3.4\n';
    expect(claimsOf(text)).toEqual(
      expect.arrayContaining([
        { mention: '3.9', value: 3.9, unit: 'percent', entity: 'Armenia', kind: 'forecast' },
        { mention: '3.4', value: 3.4, unit: 'percent', entity: 'Georgia', kind: 'forecast' },
      ]),
    );
  });
  test('a caption in billions of dollars scales its cells', () => {
    const text =
      'Trade rose in 2025.\n\nImports by supplier (2025, $ billion):\n\nTurkey — 4.2\nIran — 1.7\n';
    expect(claimsOf(text).map((c) => [c.mention, c.value, c.unit])).toEqual(
      expect.arrayContaining([
        ['4.2', 4.2e9, 'USD'],
        ['1.7', 1.7e9, 'USD'],
      ]),
    );
  });
  test('a list intro that names no unit is no caption', () => {
    const text = 'The plan for 2027 includes:\nNew schools 40\nNew clinics 25\n';
    expect(claimsOf(text).map((c) => c.mention)).not.toContain('40');
  });
});

describe('a part of a whole, a goal and a difference count what the sentence counts', () => {
  test.each([
    {
      text: 'Operators built 3,100 new 4G masts in 2025, of which 900 serve villages.',
      mention: '3,100',
      value: 3100,
      unit: 'count',
    },
    {
      text: 'Women made up 410 of the fund’s 1,300 borrowers.',
      mention: '410',
      value: 410,
      unit: 'count',
    },
    { text: 'Убыточными остаются 6 из 17 областей.', mention: '6', value: 6, unit: 'count' },
    {
      text: 'In 2025, 82,000 pupils took the course, against a target of 75,000.',
      mention: '75,000',
      value: 75000,
      unit: 'count',
    },
    {
      text: 'In March, 12,400 people were jobless, 1,100 fewer than a year earlier.',
      mention: '1,100',
      value: 1100,
      unit: 'count',
    },
  ])('$mention in "$text"', ({ text, mention, value, unit }) => {
    expect(figures(text)).toContainEqual({ mention, value, unit });
  });
});
