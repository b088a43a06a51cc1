/**
 * Metrics of Russian and Kazakh figures: catalogue phrases in both languages give the same slug as
 * English ones, and a figure no phrase names is labelled with its noun phrase as written.
 */
import { describe, expect, test } from 'vitest';
import {
  cyrillicCountDeed,
  cyrillicCountNoun,
  cyrillicPartOf,
  cyrillicMetricLabel,
  cyrillicMetricSlug,
  isCyrillicChange,
  isCyrillicMultipleChange,
  kazakhSumNoun,
  marketShare,
  russianEllipsis,
  russianWholeAfter,
  transliterate,
} from '../../scripts/extract/cyrillic-metrics.ts';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';

const catalogue = loadDefaultCatalogue();
const source = { id: 'doc', title: '', outlet: '', url: '', published: '2026-01-20' };
const metricOf = (sentence: string) => extractClaims(sentence, source, catalogue)[0]?.metric;

describe('one slug across languages', () => {
  test.each([
    ['IT services exports reached $850 million in 2025.', 'it_services_exports'],
    ['Экспорт ИТ-услуг в 2025 году составил 850 млн долларов.', 'it_services_exports'],
    ['IT қызметтерінің экспорты 2025 жылы 850 млн долларды құрады.', 'it_services_exports'],
    ['ВВП Казахстана в 2025 году вырос на 6,2%.', 'gdp_growth'],
    ['ВВП на душу населения превысил 14 тыс. долларов.', 'gdp_per_capita'],
    ['Годовая инфляция замедлилась до 12,3%.', 'inflation'],
    ['Инвестиции в основной капитал составили 18 трлн тенге.', 'fixed_capital_investment'],
  ])('%s → %s', (sentence, metric) => {
    expect(metricOf(sentence)).toBe(metric);
  });
});

describe('a figure no phrase names is labelled with its noun phrase, as written', () => {
  test.each([
    ['Выручка маркетплейса в 2025 году составила 1,2 трлн тенге.', 'Выручка маркетплейса'],
    ['Число пользователей eGov достигло 12 млн человек.', 'Число пользователей eGov'],
    ['Обучено 650 тыс. водителей.', 'Водителей'],
    ['В январе–октябре выручка маркетплейса выросла на 12%.', 'Выручка маркетплейса'],
    ['Маркетплейс табысы 2025 жылы 1,2 трлн теңгені құрады.', 'Маркетплейс табысы'],
  ])('%s → %s', (sentence, label) => {
    const claim = extractClaims(sentence, source, catalogue)[0];
    expect(claim?.metric_label).toBe(label);
    expect(claim?.metric_source).toBe('phrase');
  });

  test('the label is never a currency, a scale, a verb or a function word', () => {
    for (const sentence of ['Ал 5 млрд теңге бөлінді.', 'Составило 3 млрд тенге.']) {
      const label = cyrillicMetricLabel(sentence, sentence.search(/\d/), 'ru');
      expect(label).toBe('');
    }
  });
});

describe('transliterate', () => {
  test.each([
    ['Экспорт ИТ-услуг', 'Eksport IT-uslug'],
    ['Выручка', 'Vyruchka'],
    ['Қазақстан', 'Qazaqstan'],
    ['AI-Sana', 'AI-Sana'],
  ])('%s → %s', (text, latin) => {
    expect(transliterate(text)).toBe(latin);
  });
});

describe('a Russian or Kazakh figure takes the time written before it in its clause', () => {
  test.each([
    ['Доходы составят в 2027 году 23,1 трлн тенге, в 2028 году 24,9 трлн тенге.', ['2027', '2028']],
    ['2027 жылы кірістер 23,1 трлн теңгеге, 2028 жылы 24,9 трлн теңгеге жетеді.', ['2027', '2028']],
    ['В прошлом году показатель составил 92,9%, а в этом году превысит 93,5%.', ['2025', '2026']],
  ])('%s', (sentence, periods) => {
    expect(extractClaims(sentence, source, catalogue).map((claim) => claim.period)).toEqual(
      periods,
    );
  });
});

describe('a label no phrase names gets one English slug from its words', () => {
  test.each([
    ['Чистая прибыль банка', 'ru', 'net_profit'],
    ['Доля заёмных средств', 'ru', 'borrowed_funds_share'],
    ['Число активных абонентов', 'ru', 'active_subscribers'],
    ['Количество туристов', 'ru', 'tourists'],
    ['Средняя стоимость квартир', 'ru', 'apartments_average_cost'],
    ['Индекс потребительских цен', 'ru', 'consumer_price_index'],
    ['Ипотечный портфель', 'ru', ''],
    ['Мектептердің саны', 'kk', 'schools'],
    ['Бір пәтердің құны', 'kk', 'apartments_cost'],
    ['Туристер саны', 'kk', 'tourists'],
    ['Орташа жалақы', 'kk', 'average_salary'],
    ['Жаңа бағдарлама', 'kk', ''],
    // words of what budgets, markets and cartels measure, in both languages
    ['Налоговые поступления', 'ru', 'tax_revenue'],
    ['Экономия бюджетных средств', 'ru', 'budget_funds_savings'],
    ['Рыночная капитализация холдинга', 'ru', 'market_capitalization'],
    ['Акции банка', 'ru', 'share_price'],
    ['Квота страны', 'ru', 'quota'],
    ['Краткосрочный экономический индикатор', 'ru', 'short_term_economic_indicator'],
    ['Средняя скорость связи', 'ru', 'communications_average_speed'],
    ['Облыс халқы', 'kk', 'population'],
    ['Егіс алқабы', 'kk', 'sown_area'],
    ['Көлем индексі', 'kk', 'index'],
    ['Тас жолдың ұзындығы', 'kk', 'length'],
  ] as const)('%s → %s', (label, language, slug) => {
    expect(cyrillicMetricSlug(label, language)).toBe(slug);
  });
});

describe('Kazakh words of reckoning leave the label to what is reckoned', () => {
  test.each([
    // "орта есеппен" (on average) ends the label, as "в среднем" does
    ['Курстың бағасы орта есеппен 420 мың теңге.', '420 мың теңге', 'Курстың бағасы'],
    // "жалпы" (total) keeps the owner with what it owns
    ['Зауыттың жалпы құны 900 млн долларға бағаланды.', '900 млн долларға', 'Зауыттың құны'],
  ])('%s → %s', (sentence, figure, label) => {
    const at = sentence.indexOf(figure);
    expect(cyrillicMetricLabel(sentence, at, 'kk', at + figure.length)).toBe(label);
  });
});

describe('a percentage that changes a level is its growth, in both languages', () => {
  test.each([
    ['Выручка ритейлера в 2025 году выросла на 9%.', 'revenue_growth'],
    ['Экспорт в 2025 году вырос на 12%.', 'exports_growth'],
    ['Доля заёмных средств в 2025 году выросла до 40%.', 'borrowed_funds_share'],
    // a sector's growth is its output's (README "## Metric", 7 December 2026)
    ['Құрылыс 2025 жылы 14,2%-ға өсті.', 'construction_output_growth'],
    ['Экспорт 2025 жылы 850 млн долларды құрады.', 'exports'],
    ['2027 жылы ел экономикасы 4,8 пайызға өседі.', 'gdp_growth'],
  ])('%s → %s', (sentence, metric) => {
    expect(metricOf(sentence)).toBe(metric);
  });
});

describe('catalogue phrases in Russian and Kazakh match every case form', () => {
  test.each([
    ['Средняя заработная плата в 2025 году составила 410 тыс. тенге.', 'average_salary'],
    ['Средняя зарплата в 2025 году выросла на 12%.', 'average_salary_growth'],
    ['Орташа айлық жалақы 2025 жылы 410 мың теңгені құрады.', 'average_salary'],
    ['Уровень проникновения интернета в 2025 году достиг 93%.', 'internet_penetration'],
    ['Число абонентов сотовой связи составило 28 млн.', 'mobile_subscribers'],
    ['Дефицит бюджета в 2026 году составит 2,9% ВВП.', 'budget_deficit'],
    ['Бюджет кірістері 2026 жылы 21 трлн теңгені құрайды.', 'budget_revenue'],
    ['Приток прямых иностранных инвестиций составил $9 млрд.', 'fdi'],
    ['Шетелдік тікелей инвестициялар 9 млрд долларды құрады.', 'fdi'],
    ['В 2025 году введено 18 млн кв. м жилья.', 'housing_commissioned'],
    ['В вузах страны учатся 640 тысяч студентов.', 'students'],
    ['В этом году выделено 90 тысяч грантов.', 'grants'],
    ['Биыл 90 мың грант бөлінді.', 'grants'],
    ['Стоимость одного гранта составила 1,5 млн тенге.', 'grants_cost'],
    // a company's investment programme is its capital expenditure
    ['Операторның инвестициялық бағдарламасы 90 млрд теңге болды.', 'capex'],
  ])('%s → %s', (sentence, metric) => {
    expect(metricOf(sentence)).toBe(metric);
  });
});

describe('places, dates and number words never label a figure', () => {
  test.each([
    [
      'По итогам девяти месяцев выручка холдинга составила 90 млрд тенге.',
      'ru',
      'выручка холдинга',
    ],
    ['На эту дату в Астане работали 40 коворкингов.', 'ru', 'коворкингов'],
    ['В Астане — 12,1%, в Алматы — 9,4%.', 'ru', ''],
    ['1 наурыздағы жағдай бойынша өңірде 40 коворкинг жұмыс істейді.', 'kk', 'коворкинг'],
  ] as const)('%s → %s', (sentence, language, label) => {
    const at = sentence.search(/\d{2}/);
    expect(cyrillicMetricLabel(sentence, at, language, at + 2).toLowerCase()).toBe(label);
  });
});

describe('labels skip units, pronouns, modal verbs and the government that plans', () => {
  test.each([
    ['Отгружено 2,6 млн тонн угля.', 'Угля'],
    ['Өңірде 1,2 млн шаршы метр баспана салынды.', 'Housing commissioned'],
    ['Из них 40 млрд тенге пришлось на малый бизнес.', 'Unlabelled figure'],
    ['Объём выпуска может составить 90 млрд тенге.', 'Выпуска'],
    ['Правительство намерено довести выпуск угля до 90 млн тонн.', 'Выпуск угля'],
    ['Үкімет жыл сайын 30 мың пәтер салуды жоспарлап отыр.', 'Housing commissioned'],
    ['Тұрғын үй құрылысы 2025 жылы 9%-ға өсті.', 'Housing commissioned growth'],
    ['Покрытие 5G в 2025 году достигло 40%.', 'Покрытие 5G'],
    // a participle's clause between the subject and its verb
    ['Средняя цена угля, по данным биржи, снизилась на 4%.', 'Средняя цена угля'],
  ])('%s → %s', (sentence, label) => {
    expect(extractClaims(sentence, source, catalogue)[0]?.metric_label).toBe(label);
  });
});

describe('a count after a verb of being counts what was named before', () => {
  test.each([
    ['Число экспортёров выросло. В 2025 году их было 1 140.', [1140]],
    ['Бағдарламаға қатысушылар саны 2025 жылы 2 300 болды.', [2300]],
    ['Заседание было 12 марта.', []],
  ] as const)('%s → %j', (text, values) => {
    const claims = extractClaims(text, source, catalogue).filter((c) => c.unit === 'count');
    expect(claims.map((c) => c.value)).toEqual(values);
  });
});

describe('a figure after a dash is named right before the dash', () => {
  test.each([
    ['Субсидии составили 90 млрд тенге, а кредиты — 140 млрд тенге.', 'Кредиты', 'loans'],
    // allocated money: the purpose's spending (metric-phrase.ts `isPurpose`)
    [
      'На дороги выделено 80 млрд тенге, в том числе на мосты — 12 млрд тенге.',
      'Расходы на мосты',
      'mosty_spending',
    ],
    [
      'Наибольший рост отмечен в торговле — 9%, в энергетике — 6%.',
      'Торговле',
      'trade_output_growth',
    ],
    ['Хлеб подорожал на 3%, молоко — на 5%.', 'Молоко', 'moloko_growth'],
  ])('%s → %s', (sentence, label, metric) => {
    const claim = extractClaims(sentence, source, catalogue).find((c) => c.metric_label === label);
    expect(claim?.metric).toBe(metric);
  });
});

// round 3: a figure that points back, who acts, and what of its metric a figure measures
describe('a figure that points back measures the last named level', () => {
  test.each([
    [
      'Выручка аптек достигла 90 млрд тенге. Это на 12% больше, чем годом ранее.',
      '12%',
      'Выручка аптек growth',
    ],
    [
      'Дәріханалар табысы 90 млрд теңгеге жетті. Бұл 1,4 есе көп.',
      '1,4 есе',
      'Дәріханалар табысы growth multiple',
    ],
    [
      'Выручка аптек достигла 90 млрд тенге. Из них 35% этого объёма дали сети.',
      '35%',
      'Выручка аптек (доля)',
    ],
  ])('%s (%s) → %s', (text, mention, label) => {
    const claim = extractClaims(text, source, catalogue).find(
      (c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention,
    );
    expect(claim?.metric_label).toBe(label);
  });
});

describe('who plans, decides or says is not what is measured', () => {
  test.each([
    ['Холдинг планирует направить на ремонт дорог 40 млрд тенге.', 'Расходы на ремонт дорог'],
    ['Совет директоров рекомендовал выплатить дивиденды в размере 300 тенге.', 'Дивиденды'],
    ['Министр финансов, налоговые поступления составили 9 трлн тенге.', 'Tax revenue'],
  ])('%s → %s', (sentence, label) => {
    expect(extractClaims(sentence, source, catalogue)[0]?.metric_label).toBe(label);
  });
});

describe('points, execution and ratios to an average', () => {
  test.each([
    ['Безработица снизилась на 0,3 п.п.', /_change_pp$/],
    ['Жұмыссыздық 0,3 пайыздық тармаққа төмендеді.', /_change_pp$/],
    ['План по расходам исполнен на 99,2%.', /_execution$/],
    ['Кірістер жоспары 102,4%-ға орындалды.', /_execution$/],
    ['Түсім жоспардың 98,2 пайызын құрады.', /_execution$/],
    ['Зарплата в отрасли в 1,7 раза выше средней по стране.', /_ratio$/],
    ['Зарплата в отрасли выросла в 1,7 раза.', /_growth_multiple$|^(?!.*_ratio$)/],
  ])('%s → %s', (sentence, metric) => {
    expect(extractClaims(sentence, source, catalogue)[0]?.metric).toMatch(metric);
  });
});

describe("a catalogue phrase past a comma is the next figure's subject", () => {
  test.each([
    [
      'Экспорт зерна достиг 2,1 млрд долларов, импорт составил 0,4 млрд долларов.',
      ['exports', 'imports'],
    ],
    [
      'Бюджет шығыстары 5 трлн теңге болды, ал бюджет кірістері 4 трлн теңгеге жетті.',
      ['budget_expenditure', 'budget_revenue'],
    ],
  ])('%s → %j', (sentence, metrics) => {
    expect(extractClaims(sentence, source, catalogue).map((c) => c.metric)).toEqual(metrics);
  });
});

describe('a count names what it counts, its adjectives included', () => {
  test.each([
    ['Сейчас в области работают 14 крупных хабов.', 'Крупных хабов', 'hubs'],
    ['К 2027 году сеть охватит 35 городов.', 'Городов', 'cities'],
    // a Kazakh adjective between a count and its noun qualifies what is counted
    ['Ауданда 18 өндірістік жоба іске асырылды.', 'Өндірістік жоба', 'projects'],
    // a count of things to be built is named by the deed, the verb's case ending and all
    ['Әкімдік 9 жаңа мектеп салуды жоспарлап отыр.', 'Жаңа мектеп', 'schools_built'],
    ['Тағы 12 мектептің құрылысы келесі жылы аяқталады.', 'Мектептің', 'schools_built'],
  ])('%s → %s', (sentence, label, metric) => {
    const claim = extractClaims(sentence, source, catalogue)[0];
    expect([claim?.metric_label, claim?.metric.endsWith(metric)]).toEqual([label, true]);
  });
});

describe('a verb of a flow names the figure when no known noun does', () => {
  test.each([
    ['В прошлом году страна экспортировала 4,2 млн тонн.', 'Экспорт'],
    ['Регион может импортировать до 300 тыс. тонн зерна.', 'Импорт зерна'],
    ['Холдинг произвёл 12 млн тонн нефти.', 'Производство нефти'],
    // a noun the glossary knows keeps its place
    ['Экспорт зерна в 2025 году составил 9 млн тонн.', 'Экспорт зерна'],
  ])('%s → %s', (sentence, label) => {
    expect(extractClaims(sentence, source, catalogue)[0]?.metric_label).toBe(label);
  });
});

describe('a part of a whole counted before it is a claim too', () => {
  test.each([
    ['В реестре 520 кооперативов, из них 61 — молочные.', ['520', '61']],
    ['Өңірде 340 мектеп бар, оның ішінде 52 мектеп жаңа.', ['340', '52']],
  ])('%s → %s', (text, mentions) => {
    const found = extractClaims(text, source, catalogue).map((c) =>
      text.slice(c.quote_start ?? 0, c.quote_end ?? 0),
    );
    expect(found).toEqual(mentions);
  });
});

describe('a share and a change compared with before, in Russian and Kazakh', () => {
  test.each([
    ['Доля стран СНГ во внешней торговле составила 21,5%.', '21,5%', 'Trade turnover share'],
    [
      'Ввод жилья составил 9 млн кв. м, что на 2,7% больше, чем годом ранее.',
      '2,7%',
      'Housing commissioned growth',
    ],
    [
      'Промышленность выросла на 4%, сельское хозяйство – на 2,2%.',
      '2,2%',
      'Agricultural output growth',
    ],
    ['Платные услуги за месяц подорожали на 1,4%.', '1,4%', 'Services inflation'],
    ['В этом году интернет провели в 410 сёл.', '410', 'Villages connected'],
    ['Биыл 2 100 жаңа жұмыс орны ашылды.', '2 100', 'Jobs created'],
    ['Азық-түлік емес тауарлар 0,9 пайызға қымбаттады.', '0,9 пайызға', 'Non-food inflation'],
    // what falls to a part of a level is that level's share, a dash between them or not
    [
      'Экспорт составил 4 млрд долларов, из которых на металлы пришлось 61%.',
      '61%',
      'Exports share',
    ],
    ['Основной объём экспорта приходится на компании хаба — около 64%.', '64%', 'Exports share'],
    // public services delivered online, in both languages
    [
      'Доля услуг, оказанных в электронном виде, в общем объёме составила 87%.',
      '87%',
      'Public services online share',
    ],
  ])('%s "%s" → %s', (text, mention, label) => {
    const claim = extractClaims(text, source, catalogue).find(
      (c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention,
    );
    expect(claim?.metric_label).toBe(label);
  });
});

describe('a fraction written as a word is a share, unless it is a change', () => {
  test.each([
    ['На Китай пришлось более трети всего экспорта.', 'трети', 'Exports share'],
    ['Импорт за год вырос почти на треть.', 'треть', 'Imports growth'],
  ])('%s "%s" → %s', (text, mention, label) => {
    const claim = extractClaims(text, source, catalogue).find(
      (c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention,
    );
    expect(claim?.metric_label).toBe(label);
  });
});

describe('a Russian or Kazakh part of a whole is a share', () => {
  test.each([
    ['Пенсии получили 2,1 млн человек, из них около 64% – женщины.', '64%', 'anaphor'],
    ['Пенсии получили 2,1 млн человек, 64% из них – женщины.', '64%', 'anaphor'],
    ['Зейнетақыны 2,1 млн адам алды, оның шамамен 64 пайызы – әйелдер.', '64 пайызы', 'anaphor'],
    ['Зейнетақы алушылардың 64 пайызы – әйелдер.', '64 пайызы', 'named'],
    ['Расходы на пенсии составили 64% от общего объёма выплат.', '64%', 'named'],
    ['Пенсии выросли на 6,4% за год.', '6,4%', ''],
    ['Зейнетақы 6,4 пайызға өсті.', '6,4 пайызға', ''],
  ])('%s (%s) → %s', (sentence, mention, part) => {
    const at = sentence.indexOf(mention);
    expect(cyrillicPartOf(sentence, at, at + mention.length, mention)).toBe(part);
  });

  test.each([
    [
      'Экспорт зерна составил 8,2 млн тонн, из которых 61% пришлось на пшеницу.',
      'grain_exports_share',
    ],
    ['Пенсии получили 2,1 млн пенсионеров, из них около 64% – женщины.', 'pensions_share'],
    ['Гранттардың 30 пайызы ауыл жастарына бөлінді.', 'grants_share'],
  ])('%s → %s', (sentence, metric) => {
    const found = extractClaims(sentence, source, catalogue).find((c) => c.unit === 'percent');
    expect(found?.metric).toBe(metric);
    expect(found?.metric_label).not.toMatch(/[\u0400-\u04ff].* share$/u);
  });
});

describe('a Kazakh count names the noun after "астам" and its adjectives', () => {
  test.each([
    ['Облыста 12 мыңнан астам мұғалім жұмыс істейді.', 'мұғалім'],
    ['Қалада 9 жаңа емхана ашылады.', 'жаңа емхана'],
    ['Курстан 40 мыңнан астам колледж оқушысы өтті.', 'колледж оқушысы'],
  ])('%s → %s', (sentence, phrase) => {
    const at = sentence.search(/\d/);
    const end = at + /^[\d\s]+(?:мыңнан)?/u.exec(sentence.slice(at))![0].trimEnd().length;
    expect(cyrillicCountNoun(sentence, end)?.phrase).toBe(phrase);
  });

  test.each([
    ['Облыста 12 мыңнан астам мұғалім жұмыс істейді.', 'Мұғалім'],
    // tonnes gathered are a harvest (round 8), never the unit
    ['Алқаптан 4,6 млн тонна жиналды.', 'Егін'],
    // the opening noun phrase is a place word the junk test refuses: the count after it names it
    ['В городе построено 42 школы.', 'Школы'],
  ])('a counted noun the glossary lacks is the label, a unit never: %s → %s', (sentence, label) => {
    expect(extractClaims(sentence, source, catalogue)[0]?.metric_label).toBe(label);
  });
});

describe('round 8: catalogue phrases in Russian and Kazakh, and an item named before its dash', () => {
  test.each([
    ['Инфляционные ожидания горожан опустились до 11,4%.', 'inflation_expectations'],
    [
      'Регулятор оставил ставку на уровне 14% с процентным коридором +/- 1 п.п.',
      'base_rate_corridor',
    ],
    ['Жалпы ішкі өнім көлемі 90 трлн теңгеге жетті.', 'gdp'],
    ['Жан басына шаққандағы ЖІӨ 12 000 долларды құрады.', 'gdp_per_capita'],
    ['Экспорт вырос на 3,1%, а ВВП на душу населения — 9 800 долларов.', 'gdp_per_capita'],
    ['Очередь на жилье в городе сократилась до 61 тыс. человек.', 'housing_queue'],
  ])('%s → %s', (sentence, metric) => {
    const claims = extractClaims(sentence, source, catalogue);
    expect(claims[claims.length - 1]?.metric).toBe(metric);
  });
});

describe('round 8: the glossary names balances, demand, expectations, targets and flows', () => {
  test.each([
    ['Положительное сальдо торгового баланса', 'ru', 'trade_balance'],
    ['Мировой спрос на уран', 'ru', 'demand'],
    ['Инфляционные ожидания', 'ru', 'inflation_expectations'],
    ['Темпы роста', 'ru', 'growth'],
    ['Денежные переводы', 'ru', 'remittances'],
    ['Жолаушылар тасымалы', 'kk', 'passengers'],
    ['Тікелей инвестициялар ағыны', 'kk', 'direct_investment'],
    ['Транзиттік жүк', 'kk', 'freight'],
  ] as const)('%s (%s) → %s', (label, language, slug) => {
    expect(cyrillicMetricSlug(label, language)).toBe(slug);
  });
});

describe('round 8: what became dearer or cheaper is measured by its price', () => {
  test.each([
    ['За месяц гречка подорожала на 7,5%.', 'price_growth'],
    ['- картоп 3,4 пайызға арзандады;', 'price_growth'],
    ['Сиыр етінің орташа бағасы килограмына 3 900 теңге болды.', 'price'],
  ])('%s → …%s', (sentence, ending) => {
    expect(metricOf(sentence)).toMatch(new RegExp(`(?:^|_)${ending}$`));
  });

  test('a quantity that grew is no price', () => {
    expect(metricOf('Добыча угля выросла на 4%.')).not.toMatch(/price/);
  });
});

describe('round 8: a past form, a participle or a gerund never labels a figure', () => {
  test.each([
    ['Годом ранее показатель составлял 410 млн долларов.', 'ru'],
    ['В этом году целевой показатель установлен на уровне 2 млрд долларов.', 'ru'],
    ['Қыркүйекте бұл көрсеткіш 8,1 пайыз еді.', 'kk'],
  ] as const)('%s', (sentence, language) => {
    const at = sentence.search(/\d/);
    expect(cyrillicMetricLabel(sentence, at, language)).not.toMatch(/составлял|установлен|еді/iu);
  });

  test('a noun before "области" is what the region has, not its name', () => {
    const sentence = 'Бюджет области на будущий год утвержден в объеме 900 млрд тенге.';
    expect(cyrillicMetricLabel(sentence, sentence.indexOf('900'), 'ru')).toMatch(/^Бюджет/u);
  });

  test('"вложит" is a verb of investment', () => {
    expect(metricOf('Оператор вложит 120 млрд тенге в сети.')).toMatch(/investment/);
  });
});

describe('round 8: a count of things done is named by the deed', () => {
  test.each([
    ['В следующем году планируется построить 9 больниц.', '9', 'built'],
    ['Ауданда 12 жаңа мектеп салынды.', '12', 'built'],
    ['Компания намерена приобрести 40 вагонов, из них 10 – рефрижераторов.', '40', 'purchased'],
    ['К интернету подключено 310 сел.', '310', 'connected'],
    ['До конца года запустят еще 6 заводов.', '6', 'launched'],
    ['В регионе работают 25 больниц.', '25', ''],
  ])('%s → %s', (sentence, figure, deed) => {
    const at = sentence.indexOf(figure);
    expect(cyrillicCountDeed(sentence, at, at + figure.length)).toBe(deed);
  });

  test('the slug keeps its noun and adds the deed', () => {
    expect(metricOf('В следующем году планируется построить 9 больниц.')).toBe('hospitals_built');
  });
});

describe('round 8: the run that names a known measure, and a Kazakh run keeps its head', () => {
  test.each([
    [
      'Казахстанская дочка FoodCo увеличила выручку на 18%, до 90 млрд тенге.',
      '90',
      'ru',
      'выручку',
    ],
    ['Холдинг құрамындағы ірі зауыт Temir кірісі 64 млрд теңгені құрады.', '64', 'kk', 'кірісі'],
    [
      'Облыс әкімі ауыл шаруашылығы өнімдерінің экспорттағы үлесін 30 пайызға жеткізуді тапсырды.',
      '30',
      'kk',
      'үлесін',
    ],
  ] as const)('%s', (sentence, figure, language, head) => {
    const at = sentence.indexOf(figure);
    expect(cyrillicMetricLabel(sentence, at, language, at + figure.length)).toContain(head);
  });
});

describe('round 8: a Russian percentage of a whole written after it is a share of that whole', () => {
  test.each([
    ['Это 37% всех расходов.', 'расходов'],
    ['Страна дала 21% мировой добычи.', 'мировой добычи'],
    ['Дочка приносит 6% выручки холдинга.', 'выручки'],
    ['Ставка составила 9% годовых.', ''],
    ['Долг достиг 24% ВВП.', ''],
  ])('%s → "%s"', (sentence, whole) => {
    const at = sentence.search(/\d/);
    expect(russianWholeAfter(sentence, sentence.indexOf('%', at) + 1)).toBe(whole);
  });

  test.each([
    ['Дочка приносит 6% выручки холдинга.', 'revenue_share'],
    ['Покрытие сетями 4G достигло 91% населения.', 'networks_coverage'],
  ])('%s → %s', (sentence, metric) => {
    expect(metricOf(sentence)).toBe(metric);
  });
});

describe('round 8: companies counted are what a count measures', () => {
  test.each([
    ['Иностранных компаний', 'ru', 'foreign_companies'],
    ['IT-компаниялар саны', 'kk', 'companies'],
    ['Выручка компании', 'ru', 'revenue'],
    ['Компанияның кірісі', 'kk', 'revenue'],
  ] as const)('%s (%s) → %s', (label, language, slug) => {
    expect(cyrillicMetricSlug(label, language)).toBe(slug);
  });

  test('a count of companies is labelled by them, not by who attracts them', () => {
    expect(metricOf('В 2027 году технопарк планирует привлечь еще 150 иностранных компаний.')).toBe(
      'foreign_companies',
    );
  });
});

describe('round 8: tonnes or hectares gathered are a harvest', () => {
  test.each([
    ['К 1 октября намолочено 9,2 млн тонн зерна.', 'grain_harvest'],
    ['Ауданда 240 мың тонна қызылша жиналды.', 'harvest'],
  ])('%s → %s', (sentence, metric) => {
    expect(metricOf(sentence)).toBe(metric);
  });

  test('money collected is no harvest', () => {
    expect(metricOf('Акцизов собрано 2,1 трлн тенге.')).not.toBe('harvest');
  });
});

describe('round 8: money that comes into a budget is its revenue', () => {
  test.each([
    ['До конца года в бюджет должно поступить еще 2,4 трлн тенге.', 'budget_revenue'],
    ['За год в городскую казну поступило 880 млрд тенге.', 'budget_revenue'],
    ['Жыл басынан бері облыс бюджетіне 410 млрд теңге түсті.', 'budget_revenue'],
    ['Бюджет республики принят с доходами 300 млрд сомов и расходами 330 млрд.', 'budget_revenue'],
  ])('%s → %s', (sentence, metric) => {
    expect(metricOf(sentence)).toBe(metric);
  });

  test('spending after a dash in a budget sentence is its expenditure', () => {
    const claims = extractClaims(
      'Доходы бюджета предусмотрены в объеме 300 млрд сомов, расходы – 330 млрд сомов.',
      source,
      catalogue,
    );
    expect(claims.map((c) => c.metric)).toEqual(['budget_revenue', 'budget_expenditure']);
  });
});

describe('round 8: a Kazakh sum of money is followed by what it is', () => {
  test.each([
    ['Топ биыл 300 млрд теңге кіріс тапты.', '300 млрд теңге', 'кіріс'],
    ['Қорға 2 млрд доллар венчурлік инвестиция тартылды.', '2 млрд доллар', 'венчурлік инвестиция'],
    ['Жоба құны 3 млрд долларға бағаланады.', '3 млрд доллар', ''],
    ['Жобаға 40 млрд теңге бөлінді.', '40 млрд теңге', ''],
  ])('%s → "%s"', (sentence, mention, noun) => {
    const at = sentence.indexOf(mention);
    expect(kazakhSumNoun(sentence, at, at + mention.length)).toBe(noun);
  });
});

describe('round 9: conjunctions, pronouns and verbs never open a label', () => {
  test.each([
    ['Однако фактический выпуск стали составил 3,1 млн тонн.', 'ru', 'фактический выпуск'],
    ['Оған 9 млрд теңге жұмсалады.', 'kk', ''],
    ['Серіктестер оны 7 млрд долларға жеткізбек.', 'kk', 'Серіктестер'],
    ['Туда ушло 2,4 млн тонн угля.', 'ru', ''],
    ['Выпуск вырос в Жамбыле и Таразе, на 4,1% и 3,3% соответственно.', 'ru', 'Выпуск'],
  ] as const)('%s → "%s"', (sentence, language, label) => {
    const at = sentence.search(/\d/);
    expect(cyrillicMetricLabel(sentence, at, language)).toBe(label);
  });

  test('a noun before a verb of earning is what was earned', () => {
    expect(metricOf('Оператор биыл 210 млрд теңге кіріс тапты, бұл 6,2 пайызға артық.')).toBe(
      'revenue',
    );
    const claims = extractClaims(
      'Оператор биыл 210 млрд теңге кіріс тапты, бұл 6,2 пайызға артық.',
      source,
      catalogue,
    );
    expect(claims[1]?.metric).toMatch(/^revenue/u);
  });

  test('a gerund of exceeding is no label: the subject before it is', () => {
    expect(metricOf('Цена меди выросла, превысив $11 000 за тонну.')).toMatch(/price/u);
  });
});

describe('round 9: benchmark grades and crop yields', () => {
  test.each([
    ['Баррель WTI подешевел до $57,3.', 'oil_price'],
    ['Urals торговалась по $49,8 за баррель.', 'oil_price'],
    ['Бидайдың орташа түсімділігі гектарына 16,2 центнер болды.', 'average_yield'],
    ['Орташа өнімділік гектарына 12,4 центнерді құрады.', 'average_yield'],
  ])('%s → %s', (sentence, metric) => {
    expect(metricOf(sentence)).toBe(metric);
  });
});

describe('round 9: a Kazakh place before "-дағы" or a route before "арқылы" is not the measure', () => {
  test.each([
    ['Облыстағы шағын кәсіпорындар саны 12 мыңға жетті.', '12', 'шағын кәсіпорындар саны'],
    ['Екі ел арасындағы сауда көлемі 9 млрд долларды құрады.', '9', 'сауда'],
    [
      'Аудан экономикасындағы ауыл шаруашылығының үлесі 18 пайызға жетті.',
      '18',
      'ауыл шаруашылығының үлесі',
    ],
    ['«Жетісу» өткелі арқылы 2024 жылы 4,2 млн тонна жүк тасымалданды.', '4,2', 'Жетісу өткелі'],
  ])('%s (%s)', (sentence, figure, label) => {
    expect(cyrillicMetricLabel(sentence, sentence.indexOf(figure), 'kk')).toBe(label);
  });
});

describe('round 9: a percentage of a market is a share of it, not a change', () => {
  test.each([
    ['Рынка', 'Оператору принадлежит 41% рынка.', '41%', true],
    ['Главными рынками', 'Главными рынками остаются Китай (31%) и Турция (12%).', '31%', true],
    ['Рынок', 'Рынок облачных услуг вырос на 18%.', '18%', false],
    ['Рынок', 'Рынок за год сократился, на 7%.', '7%', false],
    ['Выручка', 'Выручка составила 12% от плана.', '12%', false],
  ] as const)('%s: %s', (label, sentence, figure, expected) => {
    const at = sentence.indexOf(figure);
    expect(marketShare(label, sentence, at, at + figure.length, 'ru')).toBe(expected);
  });

  test('each market of a list takes the share slug', () => {
    const claims = extractClaims(
      'Главными рынками сбыта остаются Китай (31%) и Турция (12%).',
      source,
      catalogue,
    );
    expect(claims.map((c) => c.metric)).toEqual(['market_share', 'market_share']);
  });
});

describe('round 9: an item after a dash and "на" shares its sentence\'s change', () => {
  test.each([
    ['Выпуск мебели вырос на 4,4%, выпуск обуви – на 2,9%.', '2,9%', true],
    ['Экспорт сократился на 3%, импорт — на 1,2%.', '1,2%', true],
    ['Ставка по депозитам — 14,5%.', '14,5%', false],
  ])('%s (%s)', (sentence, figure, expected) => {
    const at = sentence.indexOf(figure);
    expect(isCyrillicChange(sentence, at, at + figure.length)).toBe(expected);
  });

  test('the item takes its own growth slug', () => {
    const claims = extractClaims(
      'Выпуск мебели вырос на 4,4%, выпуск обуви – на 2,9%.',
      source,
      catalogue,
    );
    expect(claims[1]?.metric).toMatch(/_growth$/u);
  });
});

describe('round 9: money for a square metre is the price of housing', () => {
  test.each([
    ['Квадратный метр в новых домах Караганды стоил 415 тыс. тенге.', 'housing_price'],
    ['Покупатели платили за квадратный метр около 530 тыс. тенге.', 'housing_price'],
    ['Бір шаршы метр баспана 480 мың теңге тұрады.', 'housing_price'],
  ])('%s → %s', (sentence, metric) => {
    expect(metricOf(sentence)).toBe(metric);
  });

  test('square metres built are no price', () => {
    expect(metricOf('За год построено 2,1 млн квадратных метров жилья.')).not.toBe('housing_price');
  });
});

describe('round 9: the unemployed, and words of reckoning that name nothing', () => {
  test.each([
    ['Численность безработных', 'unemployed'],
    ['Число безработных', 'unemployed'],
  ])('%s → %s', (label, slug) => {
    expect(cyrillicMetricSlug(label, 'ru')).toBe(slug);
  });

  test.each([
    ['Инфляция за месяц составила 0,8%, в годовом выражении – 9,6%.', 'inflation'],
    ['Безработица в мае составила 4,7%, численность безработных — 455 тыс. человек.', 'unemployed'],
  ])('%s → %s', (sentence, metric) => {
    const claims = extractClaims(sentence, source, catalogue);
    expect(claims[1]?.metric).toBe(metric);
  });
});

describe('round 9: a percentage written with its sign is a change', () => {
  test.each([
    ['По отраслям: связь (+6,3%) и финансы (+4,1%).', '4,1%', true],
    ['Салалар бойынша: құрылыс +11,2%, сауда +5,4%.', '11,2%', true],
    ['Доля связи в экономике – 6,3%.', '6,3%', false],
  ])('%s (%s)', (sentence, figure, expected) => {
    const at = sentence.indexOf(figure);
    expect(isCyrillicChange(sentence, at, at + figure.length)).toBe(expected);
  });
});

describe('round 9: prices of nothing in particular that rise are inflation, as in English', () => {
  test.each([
    ['За квартал цены выросли на 2,3%.', 'inflation'],
    ['Шымкентте баға 8,4 пайызға, Таразда 7,9 пайызға өсті.', 'inflation'],
  ])('%s → %s', (sentence, metric) => {
    expect(metricOf(sentence)).toBe(metric);
  });

  test.each([
    'Цены на медь выросли на 2,3%.',
    'Мировые котировки никеля за год снизились на 9%.',
    'Көмір бағасы 6 пайызға өсті.',
  ])('%s is a price of its own', (sentence) => {
    expect(metricOf(sentence)).not.toBe('inflation');
  });
});

describe('round 10: a multiple that changes a level is its growth multiple, as in English', () => {
  test.each([
    ['Выручка фермерских хозяйств в 2025 году выросла вдвое.', 'вдвое', true],
    ['Продажи велосипедов увеличились в 2,5 раза.', '2,5 раза', true],
    ['Поставки муки за год удвоились.', 'удвоились', true],
    ['Число кинотеатров стало в 1,5 раза больше, чем в 2023 году.', '1,5 раза', true],
    ['Жеміс экспорты 2 есе өсті.', '2 есе', true],
    ['Электронная справка в 3 раза дешевле бумажной.', '3 раза', false],
    ['Бұл облыстағы жалақы орташадан 1,4 есе жоғары.', '1,4 есе', false],
  ])('%s (%s)', (sentence, figure, expected) => {
    const at = sentence.indexOf(figure);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(isCyrillicMultipleChange(sentence, at, at + figure.length)).toBe(expected);
  });

  test.each([
    ['Выручка фермерских хозяйств в 2025 году выросла вдвое.', /revenue_growth_multiple$/u],
    ['Электронная справка в 3 раза дешевле бумажной.', /^(?!.*growth).*$/u],
  ])('%s → %s', (sentence, slug) => {
    expect(metricOf(sentence)).toMatch(slug);
  });
});

describe('round 10: a list item set apart only by an adjective, a place or a time', () => {
  test.each([
    ['Молоко подешевело на 2,1%, сухое — на 3,4%.', '2,1%', '3,4%', 'modifier', 'сухое'],
    [
      'Аренда в Актобе стоила 3 тыс. тенге, в Уральске — 2 тыс. тенге.',
      '3 тыс. тенге',
      '2 тыс. тенге',
      'same',
      'Уральске',
    ],
    ['Выпуск в июле составил 101,2%, в августе — 102,4%.', '101,2%', '102,4%', 'same', 'августе'],
    ['Субсидии на овощи выросли на 5%, на фрукты — на 7%.', '5%', '7%', 'object', 'фрукты'],
  ])('%s', (sentence, first, second, kind, words) => {
    const previousStart = sentence.indexOf(first);
    const at = sentence.indexOf(second, previousStart + first.length);
    expect(russianEllipsis(sentence, at, previousStart, previousStart + first.length)).toEqual({
      kind,
      words,
    });
  });

  test.each([
    ['Доходы составили 9 трлн тенге, расходы — 11 трлн тенге.', '9 трлн тенге', '11 трлн тенге'],
    ['Вклады выросли на 4%, а кредиты банков — на 6%.', '4%', '6%'],
  ])('%s names its own measure', (sentence, first, second) => {
    const previousStart = sentence.indexOf(first);
    const at = sentence.indexOf(second, previousStart + first.length);
    expect(russianEllipsis(sentence, at, previousStart, previousStart + first.length)).toBeNull();
  });

  test.each([
    [
      'Продовольственные товары подешевели на 1,2%, непродовольственные — на 0,4%.',
      'non_food_inflation',
    ],
    [
      'Квадратный метр нового жилья в Актобе стоил 390 тыс. тенге, вторичного — 350 тыс. тенге.',
      'secondary_housing_price',
    ],
  ])('%s → %s', (sentence, metric) => {
    expect(extractClaims(sentence, source, catalogue)[1]?.metric).toBe(metric);
  });

  test('a place measures what the item before it does', () => {
    const [first, second] = extractClaims(
      'Квадратный метр в новостройках Атырау стоил 420 тыс. тенге, в Актау — 450 тыс. тенге.',
      source,
      catalogue,
    );
    expect(second?.metric).toBe(first?.metric);
  });
});

describe('round 10: Kazakh items joined before one verb of change share it', () => {
  test.each([
    ['Тоқыма саласы 6,4 пайызға, тамақ өнеркәсібі 3,2 пайызға өсті.', '6,4 пайызға', true],
    ['Ақтөбеде жалақы 8,1%-ға, Атырауда 7,5%-ға артты.', '8,1%', true],
    ['Қамту 92 пайызға жетті, ал 2027 жылы тағы өседі.', '92 пайызға', false],
    ['Үлесі 40 пайызға дейін өседі.', '40 пайызға', false],
  ])('%s (%s)', (sentence, figure, expected) => {
    const at = sentence.indexOf(figure);
    expect(isCyrillicChange(sentence, at, at + figure.length)).toBe(expected);
  });
});

describe('round 10: a Russian or Kazakh budget as such is measured by its revenue or its spending', () => {
  test.each([
    ['В бюджет Павлодара за полугодие поступило 210 млрд тенге.', 'budget_revenue'],
    ['Бюджет Костаная на 2027 год утвержден с доходами в 390 млрд тенге.', 'budget_revenue'],
    ['Бюджет Актобе на 2027 год утвержден в объеме 520 млрд тенге.', 'budget_expenditure'],
    ['Маңғыстау облысының бюджеті 640 млрд теңге көлемінде бекітілді.', 'budget_expenditure'],
  ])('%s → %s', (sentence, metric) => {
    expect(metricOf(sentence)).toBe(metric);
  });

  test('money taken from a budget is no measure of it', () => {
    expect(metricOf('На ремонт дорог из бюджета выделят 12 млрд тенге.')).not.toMatch(
      /^budget_(?:revenue|expenditure)$/u,
    );
  });
});

describe('round 10: a sum converted at an exchange rate is the sum before it', () => {
  test.each([
    'Экспорт зерна за год составил 612 млрд тенге, или около 1,2 млрд долларов по текущему курсу.',
    'Доходы бюджета города составили 98 млрд тенге (около 190 млн долларов по среднегодовому курсу).',
  ])('%s', (sentence) => {
    const [sum, converted] = extractClaims(sentence, source, catalogue);
    expect(converted?.metric).toBe(sum?.metric);
    expect(converted?.metric).not.toBe('exchange_rate');
  });
});

describe('round 10: base stations of one mobile generation say which in their label', () => {
  test.each([
    ['В Павлодаре за год установили 420 базовых станций 5G.', '5G base stations'],
    ['Облыста 4G базалық станцияларының саны 640-қа жетті.', '4G base stations'],
    ['В Павлодаре за год установили 420 базовых станций.', 'Base stations'],
  ])('%s → %s', (sentence, label) => {
    const [claim] = extractClaims(sentence, source, catalogue);
    expect(claim?.metric).toBe('base_stations');
    expect(claim?.metric_label).toBe(label);
  });
});

describe('round 11: a target raises the share named by the nearest "долю" before it', () => {
  test.each([
    [
      'Акиму поручено обновить парк автобусов и довести долю электробусов до 30% к 2028 году.',
      '30%',
      /share$/u,
      'Долю электробусов',
    ],
    [
      'Министру поручено довести число кружков до 900, а долю сельских школ, охваченных ими, — до 65%.',
      '65%',
      /share$/u,
      'Долю сельских школ',
    ],
  ])('%s (%s)', (text, mention, slug, label) => {
    const claim = extractClaims(text, source, catalogue).find(
      (c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention,
    );
    expect(claim?.metric).toMatch(slug);
    expect(claim?.metric_label).toBe(label);
  });
});

describe('round 11: a sum that falls to a part ("на долю X пришлось") is no share', () => {
  test.each([
    [
      'Экспорт зерна в 2025 году составил 1,6 млрд долларов.\n\nИз этой суммы на долю Китая пришлось 410 млн долларов.',
      '410 млн долларов',
      'Exports',
    ],
    [
      'Выручка сети составила 84 млрд тенге. На долю столичных магазинов пришлось около 30 млрд тенге.',
      '30 млрд тенге',
      'Выручка сети',
    ],
  ])('%s (%s)', (text, mention, label) => {
    const claim = extractClaims(text, source, catalogue).find(
      (c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention,
    );
    expect(claim?.metric).not.toMatch(/_share$/u);
    expect(claim?.metric_label).toBe(label);
  });

  test('a percentage that falls to a part is still its share', () => {
    const text = 'На долю Китая пришлось 26% экспорта зерна.';
    expect(extractClaims(text, source, catalogue)[0]?.metric).toMatch(/share/u);
  });
});

describe('round 11: a Russian or Kazakh list item named by its part alone', () => {
  const itemOf = (text: string, mention: string) =>
    extractClaims(text, source, catalogue).find(
      (c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention,
    );

  test.each([
    [
      'Үй-жай бағасы\n\nЖыл ішінде ең көп қымбаттаған көкөністер:\n- пияз – 31,2 пайыз;\n- сәбіз – 12,4 пайыз.\n',
      '12,4 пайыз',
    ],
    [
      'Цены на овощи\n\nСильнее всего за год подорожали:\n- лук – 31,2%;\n- морковь – 12,4%.\n',
      '31,2%',
    ],
  ])(
    'under an intro of prices that rose, a percentage is its price growth (%#)',
    (text, mention) => {
      expect(itemOf(text, mention)?.metric).toMatch(/_price_growth$/u);
    },
  );

  test.each([
    [
      'Средняя заработная плата в регионе составила 380 000 тенге.\n\nПо отраслям\n\n– строительство: 455 000 тенге;\n– торговля: 310 000 тенге.\n',
      '310 000 тенге',
      /_average_salary$/u,
    ],
    [
      'За полугодие портал принял 40 млн запросов на электронные госуслуги.\n\nЧаще всего заказывали:\n- выписку из реестра — 2,1 млн;\n- справку о составе семьи — 1,4 млн.\n',
      '1,4 млн',
      /_requests$/u,
    ],
  ])('a level under a heading or intro is the level above the list (%#)', (text, mention, slug) => {
    expect(itemOf(text, mention)?.metric).toMatch(slug);
  });

  test('a list of sums spent on purposes stays their spending', () => {
    const text =
      'Доходы бюджета города составят 900 млрд тенге.\n\nОсновные расходы:\n- образование – 210 млрд тенге;\n- здравоохранение – 95 млрд тенге.\n';
    expect(itemOf(text, '95 млрд тенге')?.metric).toMatch(/_spending$/u);
  });

  test('an item that names its own measure keeps it', () => {
    const text =
      'Средняя заработная плата составила 380 000 тенге.\n\nПо отраслям\n\n– в строительстве число занятых составило 120 тыс.;\n';
    expect(itemOf(text, '120 тыс.')?.metric).not.toMatch(/salary/u);
  });
});

describe('round 11: a catalogue phrase another figure counts does not name a count with its own noun', () => {
  const claimOf = (text: string, mention: string) =>
    extractClaims(text, source, catalogue).find(
      (c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention,
    );

  test('"более двух тысяч преподавателей из 64 вузов": the teachers, and the universities', () => {
    const text = 'В программе участвуют более двух тысяч преподавателей из 64 вузов.';
    expect(claimOf(text, 'двух тысяч')?.metric).not.toBe('universities');
    expect(claimOf(text, '64')?.metric).toBe('universities');
  });

  test('a count of the phrase itself keeps it', () => {
    expect(metricOf('В стране работают 120 вузов.')).toBe('universities');
  });
});

describe('a trade balance is named by its balance, not by the trade it is of', () => {
  test.each([
    ['Отрицательное сальдо внешней торговли составило 3,2 млрд долларов.', 'trade_balance'],
    ['Сальдо внешней торговли сложилось положительным – 1,7 млрд долларов.', 'trade_balance'],
    ['Елдің сыртқы сауда профициті 12 млрд долларға жетті.', 'trade_balance'],
  ])('%s → %s', (sentence, metric) => {
    expect(metricOf(sentence)).toBe(metric);
  });
});
