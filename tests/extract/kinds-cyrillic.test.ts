/**
 * Kinds of Russian and Kazakh figures, table-driven, on sentences written for this test: the
 * figure is the first number that is not a year; the document was written in 2026.
 */
import { describe, expect, test } from 'vitest';
import { classifyKind } from '../../scripts/extract/classify.ts';
import { Passages } from '../../scripts/extract/context.ts';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';
import type { Language } from '../../scripts/extract/language.ts';

type Row = [sentence: string, periodYear: number, kind: string];

function kindOf(
  sentence: string,
  periodYear: number,
  language: Language,
  cues: { admissionSeason?: boolean } = {},
): string {
  const at = sentence.search(/(?<!\d)(?!(?:19|20)\d\d(?!\d))\d/);
  return classifyKind({
    sentence,
    at,
    atEnd: at + 1,
    periodYear,
    deadline: false,
    documentYear: 2026,
    language,
    ...cues,
  });
}

const RUSSIAN: Row[] = [
  ['Экспорт ИТ-услуг в 2025 году составил 850 млн долларов.', 2025, 'actual'],
  ['В 2027 году планируется обучить 500 тыс. студентов.', 2027, 'target'],
  ['Бюджетом предусмотрено 20,1 трлн тенге на 2027 год.', 2027, 'target'],
  ['Глава государства поручил довести экспорт до 5 млрд долларов к 2030 году.', 2030, 'target'],
  ['Ожидается, что рост ВВП составит 5,5% в 2027 году.', 2027, 'forecast'],
  ['По прогнозам аналитиков, инфляция замедлится до 7% в 2027 году.', 2027, 'forecast'],
  ['Доходы бюджета в 2027 году составят 21 трлн тенге.', 2027, 'target'],
  ['По оценке МВФ, ВВП в 2027 году составит 330 млрд долларов.', 2027, 'forecast'],
  ['Рынок ИИ в 2027 году достигнет 400 млрд долларов.', 2027, 'forecast'],
  // a second predicate of expecting is its own clause
  ['Регулятор оставил ставку на уровне 11% и ожидает замедления цен.', 2026, 'actual'],
  ['Завод выпустил 40 тыс. тонн и рассчитывает на рост спроса.', 2026, 'actual'],
  ['Инвестиции в основной капитал выросли на 12% в 2025 году.', 2025, 'actual'],
  // a result measured against the plan is a result
  ['Поступления составили 98,7% от плана.', 2026, 'actual'],
  ['Исполнение плана по расходам — 96,2%.', 2026, 'actual'],
  // a quota is a plan whatever its verb; the output beside it is a result
  ['Квота страны составляет 900 тыс. баррелей в сутки.', 2026, 'target'],
  ['Квота страны 900 тыс. баррелей, однако добыча составила 1 млн баррелей.', 2026, 'target'],
  // a proposal is a plan
  ['Президент предложил поднять пособие до 40 тыс. тенге.', 2027, 'target'],
  // "по итогам" of a year not yet over says nothing of the kind: the forecast stands
  ['Банк подтвердил прогноз прибыли по итогам 2026 года на уровне 8%.', 2026, 'forecast'],
  ['Фермерам будут предоставляться субсидии до 3 млн тенге.', 2027, 'target'],
  // a budget's price or exchange-rate assumption is a forecast; its spending a plan
  ['Курс, заложенный в бюджет, – 470 тенге за доллар.', 2027, 'forecast'],
  ['Цена на нефть в расчетах принята на уровне 58 долларов за баррель.', 2027, 'forecast'],
  ['Бюджет на 2027 год рассчитан исходя из цены 62 доллара за баррель.', 2027, 'forecast'],
  ['На ремонт дорог в бюджете заложено 30 млрд тенге.', 2027, 'target'],
  ['Сейчас подключено 1 700 школ, а к 2028 году будут подключены все.', 2026, 'actual'],
  // ", сейчас" starts a clause of its own: the plan before it stays a plan
  [
    'По программе к 2028 году будут построены 400 школ, сейчас построено около ста.',
    2028,
    'target',
  ],
  // round 3: "может" with any infinitive, a programme's future verbs, a plan's execution
  ['Регион может собрать до 4 млн тонн пшеницы.', 2026, 'forecast'],
  ['Программа в 2027 году охватит 9 тысяч фермеров.', 2027, 'target'],
  ['План по доходам исполнен на 101,5%.', 2026, 'actual'],
  // a rate or wage in force is a state; one that will be set is a plan
  ['С 1 марта пошлина установлена в размере 7 500 тенге.', 2026, 'actual'],
  ['С 2027 года пошлина будет установлена в размере 9 000 тенге.', 2027, 'target'],
  // round 5: a result measured against the plan, receipts, a state in the present, who counts on it
  ['Сборы ожидаются на 4% выше плана.', 2026, 'forecast'],
  ['С начала года в фонд поступило 60 млрд тенге.', 2026, 'actual'],
  ['Власти обещают новые тарифы, а пошлина составляет 3 000 тенге.', 2026, 'actual'],
  ['Город рассчитывает сдать 900 тыс. кв. м жилья.', 2026, 'forecast'],
  // future forms of change, and a participle after a future auxiliary
  ['В 2027 году рост рынка замедлится до 12%.', 2027, 'forecast'],
  ['На облачные сервисы придется около 30% расходов в 2027 году.', 2027, 'forecast'],
  ['По плану в этом году должно быть введено 40 школ.', 2026, 'target'],
];

const KAZAKH: Row[] = [
  ['Бұл жоспардың 98,7 пайызы.', 2026, 'actual'],
  ['Қазір 1 700 мектеп интернетке қосылған.', 2026, 'actual'],
  ['2028 жылға дейін 400 мектеп салу жоспарланған, қазір жүзге жуығы салынған.', 2028, 'target'],
  ['IT қызметтерінің экспорты 2025 жылы 850 млн долларды құрады.', 2025, 'actual'],
  ['2027 жылы 500 мың студентті оқыту жоспарлануда.', 2027, 'target'],
  ['Мемлекет басшысы экспортты 5 млрд долларға жеткізуді тапсырды.', 2030, 'target'],
  ['2027 жылы ІЖӨ өсімі 5,5 пайыз болады деп күтілуде.', 2027, 'forecast'],
  ['Бюджет кірістері 2027 жылы 21 трлн теңге болады.', 2027, 'target'],
  ['Инфляция 2025 жылы 12,3 пайызға дейін төмендеді.', 2025, 'actual'],
  // a proposal to do something is a plan; offering a service is not
  ['Министр стипендияны 60 мың теңгеге көтеруді ұсынды.', 2027, 'target'],
  ['Компания клиенттерге 300 қызмет ұсынады.', 2026, 'actual'],
  // a share that "is to go to" a purpose is planned; one that went is a result
  ['Аудан шығыстарының 35 пайызы мәдениетке бағытталады.', 2026, 'target'],
  ['Былтыр аудан шығыстарының 35 пайызы мәдениетке бағытталды.', 2025, 'actual'],
  ['Елдің өндіріс квотасы тәулігіне 900 мың баррель болды.', 2026, 'target'],
  // a budget computed on a price or a rate: its assumption
  ['Бюджет мұнайдың бір баррелі үшін 62 доллар бағасы негізінде жасалған.', 2027, 'forecast'],
  ['Бюджет жобасы негізінде мектептерге 90 млрд теңге қарастырылған.', 2027, 'target'],
  // round 3: "қазір" makes the present-future form a state
  ['Қазір елдегі дәріханалар саны 9 400-ден асады.', 2026, 'actual'],
  // round 5: "бағалар" are prices, not an estimate
  ['Жыл басынан бері бағалар 7,1 пайызға көтерілді.', 2026, 'actual'],
];

// a word of planning or forecasting in the clause decides what a future form is
const FUTURE_BY_CUE: Array<[sentence: string, language: Language, kind: string]> = [
  ['В ведомстве ожидают, что экспорт в 2027 году составит 2 млрд долларов.', 'ru', 'forecast'],
  ['Министерство полагает и ожидает, что выпуск вырастет на 4% в 2027 году.', 'ru', 'forecast'],
  ['Планируется, что выручка в 2027 году составит 90 млрд тенге.', 'ru', 'target'],
  ['Министрлік 2027 жылы экспорт 2 млрд долларға жетеді деп күтуде.', 'kk', 'forecast'],
  ['2027 жылы шығыстар 30 трлн теңгеге жетеді деп көзделген.', 'kk', 'target'],
  ['Акимат сообщил, что число школ в 2027 году достигнет 40.', 'ru', 'target'],
  // who speaks is read in the figure's clause before the sentence
  [
    'Аналитики ждут спада, а бюджет министерства в 2027 году составит 90 млрд тенге.',
    'ru',
    'target',
  ],
];

describe('a future form takes the kind its clause states', () => {
  test.each(FUTURE_BY_CUE)('%s', (sentence, language, kind) => {
    expect(kindOf(sentence, 2027, language)).toBe(kind);
  });
});

// budget verbs: a figure set, provided for or given by a rule is a target
const BUDGET_VERBS: Array<[sentence: string, language: Language, kind: string]> = [
  ['Субсидии на 2027 год определены в размере 140 млрд тенге.', 'ru', 'target'],
  ['Правление рекомендовало направить на выплаты 12% прибыли.', 'ru', 'target'],
  ['Жаңа мектептерге 2027 жылы 90 млрд теңге белгіленген.', 'kk', 'target'],
  ['Ауыл шаруашылығына 300 млрд теңге қарастырылған.', 'kk', 'target'],
  ['Фермерлерге 20 млн теңгеге дейін субсидия беріледі.', 'kk', 'target'],
  // an agreement to raise or bring a figure is a commitment
  ['Производители договорились сократить выпуск на 200 тыс. тонн в год.', 'ru', 'target'],
  // the passive future of opening, connecting, finishing or training: the state's plan
  ['Ауданда биыл 4 жаңа балабақша ашылады.', 'kk', 'target'],
  ['Келесі жылы 300 ауыл оптикалық желіге қосылады.', 'kk', 'target'],
  ['Тағы 12 көпірдің құрылысы келесі жылы аяқталады.', 'kk', 'target'],
  ['Министр биыл 90 мың мұғалім оқытылатынын айтты.', 'kk', 'target'],
  // an approved budget or programme
  ['Облыстың жол бағдарламасы 75 млрд теңге көлемінде бекітілді.', 'kk', 'target'],
  // the plan named as what was fulfilled is a result
  ['Өткен жылы салық түсімдері 99,1 пайызға орындалды.', 'kk', 'actual'],
  ['Мамыр айында 40 млрд теңге түсті, бұл жоспардан 2,4 пайызға артық.', 'kk', 'actual'],
];

describe('budget verbs in Russian and Kazakh', () => {
  test.each(BUDGET_VERBS)('%s', (sentence, language, kind) => {
    expect(kindOf(sentence, 2027, language)).toBe(kind);
  });
});

// an estimate of a period already over is a result; of one not over, a forecast
const ESTIMATES: Array<[sentence: string, year: number, language: Language, kind: string]> = [
  ['Ущерб от паводков в 2025 году оценивается в 40 млрд тенге.', 2025, 'ru', 'actual'],
  ['Урожай в 2026 году оценивается в 22 млн тонн.', 2026, 'ru', 'forecast'],
  ['По оценке банка, в 2025 году отток составил 3 млрд долларов.', 2025, 'ru', 'actual'],
  ['Өткен жылғы шығын 15 млрд теңгеге бағаланады.', 2025, 'kk', 'actual'],
  ['Биылғы өнім 18 млн тоннаға бағаланады.', 2026, 'kk', 'forecast'],
  // a forecast word keeps a past year's figure a forecast ("the forecast was 5%")
  ['В 2025 году прогноз составлял 5%.', 2025, 'ru', 'forecast'],
  // an estimate of a part of this year already over is the bureau's preliminary result (round 4)
  ['Выпуск за квартал в 2026 году оценивается в 3,1 трлн тенге.', 2026, 'ru', 'actual'],
  ['Зарплата во втором квартале 2026 года оценивается в 410 тысяч тенге.', 2026, 'ru', 'actual'],
  ['Биылғы тоғыз айдағы өнім 12 млн тоннаға бағаланады.', 2026, 'kk', 'actual'],
];

describe('estimates', () => {
  test.each(ESTIMATES)('%s', (sentence, year, language, kind) => {
    expect(kindOf(sentence, year, language)).toBe(kind);
  });
});

// an estimate the sentence does not date is of the present state: a result (round 3); so is an
// estimate of a month or day already over, or of a stock now (gold README, Kind, 7 December 2026);
// of the year under way, a forecast
describe('an undated estimate, or one of a period already over or of the present', () => {
  test.each([
    ['Число фермеров в регионе оценивается в 14 тысяч.', 'ru', { dated: false }, 'actual'],
    ['По оценке аналитиков, разрыв в ценах достигает 30%.', 'ru', { dated: false }, 'actual'],
    ['Ауылдағы кәсіпкерлер саны 8 мыңға бағаланады.', 'kk', { dated: false }, 'actual'],
    ['Урожай в 2026 году оценивается в 22 млн тонн.', 'ru', { dated: true }, 'forecast'],
    [
      'Запасы зерна на конец сентября 2026 года оценивались в 4,2 млн тонн.',
      'ru',
      { periodEnded: true },
      'actual',
    ],
    [
      'Сейчас рынок облачных услуг оценивается в 90 млрд тенге.',
      'ru',
      { periodEnded: false },
      'actual',
    ],
    ['Қазір нарық көлемі 70 млрд теңгеге бағаланады.', 'kk', { periodEnded: false }, 'actual'],
    ['Урожай в 2026 году оценивается в 22 млн тонн.', 'ru', { periodEnded: false }, 'forecast'],
  ] as const)('%s', (sentence, language, flags, kind) => {
    const at = sentence.search(/(?<!\d)(?!(?:19|20)\d\d(?!\d))\d/);
    expect(
      classifyKind({
        sentence,
        at,
        atEnd: at + 2,
        periodYear: 2026,
        deadline: false,
        documentYear: 2026,
        language,
        ...flags,
      }),
    ).toBe(kind);
  });
});

// a period borrowed from the paragraph does not make the sentence's estimate a dated one
describe('an estimate dated only by its paragraph', () => {
  const source = { id: 'doc', title: '', outlet: '', url: '', published: '2026-11-10' };
  test.each([
    [
      'Сбор шерсти в 2026 году вырос на 8%. Запасы шерсти на складах оцениваются в 3,4 тыс. тонн.',
      [
        ['2026', 'actual'],
        ['2026', 'actual'],
      ],
    ],
    [
      'Сбор шерсти вырос на 8%. Сбор шерсти в 2026 году оценивается в 3,4 тыс. тонн.',
      [
        ['2026', 'actual'],
        ['2026', 'forecast'],
      ],
    ],
  ])('%s', (text, expected) => {
    const claims = extractClaims(text, source, loadDefaultCatalogue());
    expect(claims.map((c) => [c.period, c.kind])).toEqual(expected);
  });
});

// "уже в 2027 году" is as early as a year still to come, not "already": the plan stays a plan
describe('"уже" before a year', () => {
  const source = { id: 'doc', title: '', outlet: '', url: '', published: '2026-11-10' };
  test.each([
    'Стороны договорились довести оборот до 3 млрд долларов уже в 2027 году.',
    'Правительство решило довести выпуск до 90 тыс. машин уже в 2028 году.',
  ])('%s', (text) => {
    const claims = extractClaims(text, source, loadDefaultCatalogue());
    expect(claims.map((c) => c.kind)).toEqual(['target']);
  });
});

// a figure dated to a day already past is a state: Kazakh present-future forms are the present
describe('a state on a day already past', () => {
  test.each([
    ['1 наурыздағы жағдай бойынша орташа жалақы 410 мың теңгеден асады.', true, 'actual'],
    ['Келесі жылы орташа жалақы 500 мың теңгеден асады.', false, 'forecast'],
  ] as const)('%s', (sentence, stateDay, kind) => {
    const at = sentence.search(/\d{3}/);
    expect(
      classifyKind({
        sentence,
        at,
        atEnd: at + 3,
        periodYear: stateDay ? 2026 : 2027,
        deadline: false,
        documentYear: 2026,
        language: 'kk',
        stateDay,
      }),
    ).toBe(kind);
  });
});

describe('Russian kinds', () => {
  test.each(RUSSIAN)('%s', (sentence, year, kind) => {
    expect(kindOf(sentence, year, 'ru')).toBe(kind);
  });
});

describe('Kazakh kinds', () => {
  test.each(KAZAKH)('%s', (sentence, year, kind) => {
    expect(kindOf(sentence, year, 'kk')).toBe(kind);
  });
});

// a headline or paragraph about a budget law makes bare future wording under it a target
describe('budget-law passages in Russian and Kazakh', () => {
  test.each([
    ['Правительство внесло проект республиканского бюджета на 2027–2029 годы', 'target'],
    ['Депутаты обсудили закон «О республиканском бюджете на 2027 год»', 'target'],
    ['2027–2029 жылдарға арналған республикалық бюджет жобасы мақұлданды', 'target'],
    ['Бюджет жобасы Мәжіліске жіберілді', 'target'],
    ['Маслихат утвердил бюджет Караганды на 2027 год', 'target'],
    ['Экономика выросла на 5% за девять месяцев', ''],
    ['Ақмола облысында 40 мектеп салынды', ''],
  ])('%s → %s', (headline, kind) => {
    const text = `${headline}\n\nШығыстар 9 трлн теңгені құрайды.`;
    const passages = new Passages(text, '2026-09-01');
    passages.enter(0, headline.length);
    expect(passages.enter(headline.length + 2, text.length).kind).toBe(kind);
  });
});

describe('grants allocated in the admission season, before the academic year starts', () => {
  // [sentence, language, period year, written in June-August about study, kind]
  test.each([
    ['В этом году вузам выделено 64 тысячи образовательных грантов.', 'ru', 2026, true, 'target'],
    ['Стоимость одного гранта выросла до 1,2 млн тенге.', 'ru', 2026, true, 'target'],
    ['На 2026-2027 учебный год выделено 15 тысяч грантов.', 'ru', 2027, true, 'target'],
    ['Биыл университеттерге 61 мың грант бөлінді.', 'kk', 2026, true, 'target'],
    ['This year universities received 42,000 state grants.', 'en', 2026, true, 'target'],
    // grants of a year already over, a stock now, or reported once the year is under way
    ['В прошлом году выделено 59 тысяч грантов.', 'ru', 2025, true, 'actual'],
    ['Сейчас 41% студентов учатся на грантах.', 'ru', 2026, true, 'actual'],
    ['В этом году вузам выделено 64 тысячи образовательных грантов.', 'ru', 2026, false, 'actual'],
  ] as const)('%s', (sentence, language, periodYear, admissionSeason, kind) => {
    expect(kindOf(sentence, periodYear, language, { admissionSeason })).toBe(kind);
  });
});

describe('a dividend approved or paid is a result, a proposed one a plan', () => {
  test.each([
    [
      'Shareholders approved a dividend of 120 tenge per share and plans to hire 300 staff.',
      'en',
      'actual',
    ],
    ['Акционеры утвердили дивиденды в размере 80 тенге на акцию.', 'ru', 'actual'],
    ['The board recommended a dividend of 120 tenge per share.', 'en', 'target'],
    // one still to be paid is the company's plan, not a forecast; analysts' is theirs
    ['Дивиденды за второй квартал составят 640 тенге на акцию.', 'ru', 'target'],
    ['Dividends for the year will amount to 75 tenge per share.', 'en', 'target'],
  ] as const)('%s', (sentence, language, kind) => {
    expect(kindOf(sentence, 2026, language)).toBe(kind);
  });
});
