/**
 * Whose a Russian or Kazakh figure is (gold README, Entity rules 1-6): the document's subject from
 * its headline, lead and outlet, and the owner a figure's own clause names. Table-driven, on
 * sentences written for this test.
 */
import { describe, expect, test } from 'vitest';
import {
  latinOwner,
  lenderOwn,
  namedLender,
  pronounReferent,
} from '../../scripts/extract/cyrillic-entities.ts';
import {
  adjectivePlaces,
  agencyCountry,
  documentSubject,
  isStateBody,
} from '../../scripts/extract/context.ts';
import { canonicalEntity, findPlaces } from '../../scripts/extract/entities.ts';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';

const CATALOGUE = loadDefaultCatalogue();
/** The entity of the claim whose quote is `mention`. */
function entityOf(text: string, mention: string, title = '', outlet = ''): string | undefined {
  const claims = extractClaims(
    text,
    { id: 'doc', title, outlet, url: '', published: '2026-05-10' },
    CATALOGUE,
  );
  const claim = claims.find((c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention);
  return claim ? canonicalEntity(claim.entity) : undefined;
}

describe('a state body is a source, not the subject (rule 3)', () => {
  test.each([
    ['Национальный Банк Республики Казахстан', true],
    ['Министерство финансов РК', true],
    ['Ұлттық статистика бюросы', true],
    ['Әкімдік мәліметі', true],
    ['Kapital.kz', false],
    ['Халык банк', false],
  ])('%s → %s', (name, state) => {
    expect(isStateBody(name)).toBe(state);
  });

  test.each([
    // a headline that opens with the body: the country its lead names
    [
      'Национальный Банк снизил базовую ставку до 14%',
      'Национальный Банк снизил базовую ставку до 14%\n\nКомитет Национального Банка ' +
        'Республики Казахстан принял решение. Инфляция замедлилась до 8%.',
      '',
      'Kazakhstan',
    ],
    // a ministry's release on a park's residents speaks for its country
    [
      'Доход резидентов Astana Hub вырос на 40%',
      'Доход резидентов Astana Hub вырос на 40%\n\nМинистерство цифрового развития ' +
        'Республики Казахстан\n\nВ отрасли создано 5 000 рабочих мест.',
      'Министерство цифрового развития РК',
      'Kazakhstan',
    ],
    // a Russian name no table gives in English is not the subject: entities are in English
    [
      'Фонд Развития выдал 500 кредитов',
      'Фонд Развития выдал 500 кредитов\n\nФонд Развития подвел итоги года.',
      'Example.kz',
      'Kazakhstan',
    ],
    // …while a newspaper's text on the same headline is the park's
    [
      'Доход резидентов Astana Hub вырос на 40%',
      'Доход резидентов Astana Hub вырос на 40%\n\nТехнопарк подвел итоги.',
      'Kapital.kz',
      'Astana Hub',
    ],
  ])('%s (%s) → %s', (title, text, outlet, subject) => {
    expect(documentSubject(title, text, outlet)).toBe(subject);
  });

  test("the body's own figures in its release are its country's", () => {
    const text =
      'Нацбанк сохранил ставку\n\nНацбанк сохранил базовую ставку на уровне 12%. ' +
      'Международные резервы Нацбанка достигли 40 млрд долларов.';
    expect(entityOf(text, '12%', 'Нацбанк сохранил ставку', 'Нацбанк РК')).toBe('Kazakhstan');
    expect(entityOf(text, '40 млрд долларов', 'Нацбанк сохранил ставку', 'Нацбанк РК')).toBe(
      'Kazakhstan',
    );
  });
});

describe('a country named by its adjective, and the outlet as a prior', () => {
  test.each([
    ['Кто покупает казахстанскую пшеницу', '', ['Kazakhstan']],
    ['Узбекские стартапы привлекли инвестиции', '', ['Uzbekistan']],
    ['Отечественный софт дешевеет', 'Kyrgyzstan', ['Kyrgyzstan']],
    ['Отандық өндіріс өсті', '', []],
    ['Экспорт вырос', 'Kazakhstan', []],
    ['Kazakh wheat', 'Kazakhstan', []],
  ])('%s (home %s) → %s', (text, home, entities) => {
    expect(adjectivePlaces(text, home).map((p) => p.entity)).toEqual(entities);
  });

  test('a headline that names its country by an adjective outweighs a buyer named often', () => {
    const title = 'Куда уходит казахстанская мука';
    const text =
      `${title}\n\nМуку закупает Китай. Китай увеличил закупки. Поставки в Китай выросли. ` +
      'Урожай составил 20 млн тонн.';
    expect(documentSubject(title, text, 'Example.kz')).toBe('Kazakhstan');
  });

  test("a foreign place must outweigh the outlet's country by two", () => {
    const text =
      'Поставки пшеницы\n\nИран закупил больше муки. Казахстан нарастил поставки. ' +
      'Иран снизил пошлины.';
    expect(documentSubject('', text, 'Example.kz')).toBe('Kazakhstan');
    expect(documentSubject('', text, '')).toBe('Iran');
  });
});

describe('an organisation that is its clause’s subject or owner (rules 1, 2)', () => {
  test.each([
    ['Выручка компании Delta Soft выросла на 9%.', '9%', 'Delta Soft'],
    ['Самой крупной сделкой стал раунд стартапа Qarta на 12 млн долларов.', '12 млн', 'Qarta'],
    ['Турецкий Marketo, купленный в прошлом году, увеличил выручку на 30%.', '30%', 'Marketo'],
    [
      'Финтех-компания «Pay Nova», основанная в 2020 году, нарастила оборот в 2 раза.',
      '2 раза',
      'Pay Nova',
    ],
    // a subsidiary, in Russian or Kazakh: "«дочка»", "еншілес ұйымы"
    [
      'Грузинская «дочка» Orion Poti увеличила перевалку на 12%, до 2 млн тонн.',
      '2 млн',
      'Orion Poti',
    ],
    ['Еншілес ұйымы Orion Cloud 2025 жылы 3 млн доллар табыс әкелді.', '3 млн', 'Orion Cloud'],
    // an adjective of origin before the name; an aside between the name and its figure
    ['Прибыль грузинской Vento выросла на 14%.', '14%', 'Vento'],
    [
      'Выручка польской Marketo, контрольный пакет которой принадлежит Kaspi.kz, составила 90 млн долларов.',
      '90 млн',
      'Marketo',
    ],
    [
      'Доходы сервиса Delta Go, включенного в отчетность группы, составили 80 млрд тенге.',
      '80 млрд',
      'Delta Go',
    ],
    // …but a place in the figure's own clause after the aside is still the figure's
    [
      'Выручка компании Delta Soft, основанной в 2019 году, в Узбекистане составила 9 млн долларов.',
      '9 млн',
      '',
    ],
    // a forecaster or source only says it; a programme frames the figure; a known name is a table's
    ['Statista прогнозирует рост рынка на 12%.', '12%', ''],
    ['Tech Bridge бағдарламасы бойынша 500 адам оқыды.', '500', ''],
    ['Astana Hub деректері бойынша, экспорт 700 млн долларға жетті.', '700', ''],
    // a place in its own clause before the figure is the figure's
    ['Компания Delta Soft сообщила, что в Узбекистане продажи выросли на 5%.', '5%', ''],
    ['ВВП вырос на 4%.', '4%', ''],
  ])('%s (%s) → %s', (sentence, mention, owner) => {
    const at = sentence.indexOf(mention);
    const places = findPlaces(sentence);
    expect(latinOwner(sentence, at, at + mention.length, places)).toBe(owner);
  });

  test.each([
    ['В рамках программы Отбасы банк выдал 2 100 займов.', '2 100', 'Otbasy Bank'],
    ['Продкорпорация закупила 900 тысяч тонн зерна.', '900 тысяч', 'Food Contract Corporation'],
    // a subsidiary counted in is not whom the parent's figure is about
    [
      'Kazakhtelecom отчитался. Сейчас у группы (с учетом дочерней Kcell) 9 000 базовых станций.',
      '9 000',
      'Kazakhtelecom',
    ],
  ])('%s (%s) → %s', (text, mention, entity) => {
    expect(entityOf(text, mention, 'Итоги года')).toBe(entity);
  });

  test("market-wide figures in a company's text are its country's", () => {
    const title = 'Казахтелеком увеличил выручку на 9%';
    const text =
      `${title}\n\nВыручка Казахтелекома выросла до 700 млрд тенге. В целом по рынку ` +
      'доходы отрасли связи выросли на 7%.';
    expect(entityOf(text, '700 млрд тенге', title)).toBe('Kazakhtelecom');
    // the country of a firm whose text names none is its outlet's
    expect(entityOf(text, '7%', title, 'Example.kz')).toBe('Kazakhstan');
    // …but the country's average a firm's figure is compared with leaves the figure the firm's
    const compared = `${title}\n\nЗарплата в Казахтелекоме в 1,4 раза выше средней по стране.`;
    expect(entityOf(compared, '1,4 раза', title, 'Example.kz')).toBe('Kazakhtelecom');
  });

  test("a park's residents metric is the park the text names, not the catalogue's default", () => {
    const title = 'Экспорт ИТ-услуг Узбекистана вырос';
    const text =
      `${title}\n\nРезиденты IT Park Uzbekistan экспортировали услуг на 1 млрд долларов. ` +
      'Количество резидентов технопарка выросло до 2 400 компаний.';
    const listed = text.replace('компаний.', 'компаний, из них 700 работают на экспорт.');
    expect(entityOf(text, '2 400', title)).toBe('IT Park Uzbekistan');
    expect(entityOf(listed, '700', title)).toBe('IT Park Uzbekistan');
  });
});

describe('pairs, shares and clauses in Russian and Kazakh (rules 1, 4, 5)', () => {
  const title = 'Экспорт казахстанского зерна растет';
  test.each([
    [
      'Главным покупателем остается Таджикистан: туда ушло 2,1 млн тонн.',
      '2,1 млн',
      'Kazakhstan-Tajikistan',
    ],
    ['Иран закупил 1,1 млн тонн, Афганистан – 0,8 млн тонн.', '0,8 млн', 'Kazakhstan-Afghanistan'],
    [
      'Российский экспорт в Казахстан вырос до 9 млрд долларов.',
      '9 млрд долларов',
      'Kazakhstan-Russia',
    ],
    [
      'Китай остается первым: товарооборот с ним вырос до 30 млрд долларов.',
      '30 млрд долларов',
      'Kazakhstan-China',
    ],
    [
      'Субсидия на перевозку в направлении Китая составляет 15 тыс. тенге.',
      '15 тыс. тенге',
      'Kazakhstan',
    ],
    ['Еще 900 грантов выделено для граждан Узбекистана.', '900', 'Kazakhstan'],
    // Kazakh flows from one country (ablative) to another (dative), or with one (instrumental)
    [
      'Түркиядан Қазақстанға салынған тікелей инвестициялар 1,7 млрд долларға жетті.',
      '1,7 млрд долларға',
      'Kazakhstan-Turkey',
    ],
    [
      'Ресеймен теміржол арқылы тасымалданған жүк 21 млн тоннаны құрады.',
      '21 млн',
      'Kazakhstan-Russia',
    ],
    ['На Узбекистан пришлось 31% поставок.', '31%', 'Uzbekistan'],
    // a colon ends a clause: the importer's own imports are its own
    [
      'Для Ирана Казахстан – крупный поставщик: Иран импортирует более 3 млн тонн пшеницы.',
      '3 млн',
      'Iran',
    ],
    // ", а" ends a clause: the world market is the next clause's
    [
      'Вклад ИИ в ВВП страны составит 2%, а мировой рынок ИИ превысит 600 млрд долларов.',
      '2%',
      'Kazakhstan',
    ],
  ])('%s (%s) → %s', (sentence, mention, entity) => {
    expect(entityOf(`${title}\n\n${sentence}`, mention, title, 'Example.kz')).toBe(
      canonicalEntity(entity),
    );
  });

  test.each([
    ['Абай облысы: егін жинау аяқталды', 'Алтын Дала Қазақстан'],
    ['Павлодарская область нарастила выпуск', 'Kursiv Kazakhstan'],
  ])('the line under "%s" is its masthead, not a heading', (head, masthead) => {
    const sentence = /[а-я]/.test(head) ? 'Выпуск вырос на 4,2%.' : 'Өнім көлемі 4,2 пайызға өсті.';
    const text = `${head}\n\n${masthead}\n\n${sentence}`;
    expect(entityOf(text, sentence.includes('%') ? '4,2%' : '4,2 пайыз', head)).toBe(
      canonicalEntity(findPlaces(head)[0]!.entity),
    );
  });

  test.each([
    // the whole a share is of is not its holder (rule 1)
    [
      'Доля Таджикистана на рынке тока Центральной Азии, по оценкам, составляет 12%.',
      '12%',
      'Tajikistan',
    ],
    ['Монголия добывает много меди: страна дает 9% мировой добычи.', '9%', 'Mongolia'],
    // a respectively list: each figure is the place at its position
    [
      'Больше всего выросли цены в Армении и Грузии – на 6,2% и 4,8% соответственно.',
      '4,8%',
      'Georgia',
    ],
    [
      'Больше всего выросли цены в Армении и Грузии – на 6,2% и 4,8% соответственно.',
      '6,2%',
      'Armenia',
    ],
    ['Моңғолия мен Қытайда өсім тиісінше 5,1% және 4,9% болды.', '5,1%', 'Mongolia'],
    // the territory a flow passes through is where, not whose (rule 1)
    ['Монголия наращивает транзит угля. Его 70% идет через территорию Китая.', '70%', 'Mongolia'],
    // …but a holder in another clause is another figure's
    ['На долю Китая пришлось 30% мировых закупок, на Индию — около 8%.', '8%', 'India'],
  ])('%s (%s) → %s', (sentence, mention, entity) => {
    const head = 'Обзор рынков';
    expect(entityOf(`${head}\n\n${sentence}`, mention, head, 'Example.kz')).toBe(
      canonicalEntity(entity),
    );
  });

  test('"Стороны" point back at the pair the text measured last', () => {
    const head = 'Кыргызстан и Казахстан обсудили торговлю';
    const text =
      `${head}\n\nТоварооборот Кыргызстана с Казахстаном вырос до 2 млрд долларов. ` +
      'Стороны намерены довести его до 4 млрд долларов.';
    expect(entityOf(text, '4 млрд долларов', head)).toBe('Kyrgyzstan-Kazakhstan');
  });

  test('a table by region gives each row its place, in English', () => {
    const text =
      'О зарплате\n\nСредняя зарплата по регионам, тенге:\n\nРегион | 2026 | в % к 2025\n' +
      'Атырауская область | 700 100 | 110,2\nг. Астана | 550 300 | 112,4\n';
    expect(entityOf(text, '110,2', 'О зарплате')).toBe('Atyrau Region');
    expect(entityOf(text, '112,4', 'О зарплате')).toBe('Astana');
  });
});

describe('a trade figure over several countries at once is the subject’s (rule 5: a pair has two ends)', () => {
  test.each([
    [
      'Крупнейшими рынками остаются США, Великобритания и Россия: на них приходится более ' +
        'половины экспорта.',
      'половины',
    ],
  ])('%s "%s" → Kazakhstan', (text, mention) => {
    expect(entityOf(text, mention, 'Экспорт Казахстана', 'Kapital.kz')).toBe('Kazakhstan');
  });
});

// round 7: a forecaster's own lending is its own, what it forecasts the country's (rule 3)
describe("a development bank's own figures", () => {
  const isOrganisation = (entity: string) => entity === 'Otbasy Bank';
  test.each([
    [
      'Кредитный портфель АБР в регионе достиг 9 млрд долларов.',
      '9 млрд',
      'Asian Development Bank',
    ],
    ['За год банк одобрил 30 проектов на 1,2 млрд долларов.', '30', 'Eurasian Development Bank'],
    [
      'За год банк одобрил 30 проектов на 1,2 млрд долларов.',
      '1,2 млрд',
      'Eurasian Development Bank',
    ],
    // a forecast, a country's figure, and a bank the tables know are no lender's own
    ['ЕАБР ожидает рост ВВП Казахстана на 5%.', '5%', ''],
    ['Отбасы банк выдал 2 000 займов.', '2 000', ''],
  ])('%s (%s) → %s', (sentence, mention, owner) => {
    const at = sentence.indexOf(mention);
    const places = findPlaces(sentence);
    expect(lenderOwn(sentence, at, places, isOrganisation, () => 'Eurasian Development Bank')).toBe(
      owner,
    );
  });

  test('"банк" is the first lender the text names', () => {
    expect(namedLender('Прогноз ЕАБР и МВФ совпал.')).toBe('Eurasian Development Bank');
    expect(namedLender('Ставку сохранили.')).toBe('');
  });
});

test('a pronoun points back even when the sentence names places only as origins or destinations', () => {
  const head = 'Технопарк Astana Hub подвел итоги';
  const text =
    `${head}\n\nВ Astana Hub тіркелген компаниялар саны 1 500-ге жетті. ` +
    'Олардың 350-і биыл Қазақстанға Түркиядан көшіп келген.';
  expect(entityOf(text, '350', head)).toBe('Astana Hub');
});

describe('a pronoun before a list of parts points back at the whole the sentence before gave', () => {
  const head = 'Code Steppe: 4 000 грант бөлінеді';
  const text =
    `${head}\n\nCode Steppe бағдарламасы аясында биыл 4 000 грант бөлінеді. ` +
    'Оның 3 100-і бакалавриатқа, 700-і магистратураға, 200-і докторантураға арналған.';
  test.each(['3 100', '700', '200'])('%s', (mention) => {
    expect(entityOf(text, mention, head)).toBe('Code Steppe');
  });
  // a pronoun after the sentence's own figure speaks of what that sentence named
  test('not past a figure of its own sentence', () => {
    const sentence = 'Очередь составляет 40 тысяч человек, цель – сократить ее вдвое.';
    const at = sentence.indexOf('вдвое');
    expect(
      pronounReferent(
        sentence,
        at,
        'По программе выдано 9 тысяч займов.',
        'Otau',
        sentence.indexOf('40'),
      ),
    ).toBe('');
  });
});

// round 7: "его", "их", "ол" stand for what the sentence before was about
describe('a pronoun points back at the sentence before', () => {
  test.each([
    ['Его доля на рынке – 12%.', '12%', 'Монголия закупает больше угля.', '', 'Mongolia'],
    ['На их долю пришлось 40% выручки.', '40%', 'Лидируют резиденты Astana Hub.', '', 'Astana Hub'],
    // no place before: the entity of that sentence's last figure
    ['Год назад он составил 3 млрд.', '3 млрд', 'Товарооборот вырос до 4 млрд.', 'A-B', 'A-B'],
    // whoever says or estimates it is a source; no pronoun, no referent
    ['Дефицит кадров они оценивают в 20 тыс.', '20 тыс.', 'Монголия растет.', '', ''],
    ['Доля – 12%.', '12%', 'Монголия закупает больше угля.', '', ''],
    // an impersonal passive names no one who says it: the pronoun still points back
    [
      'Его спрос на медь, как ожидается, вырастет до 4 млн тонн.',
      '4 млн',
      'Индия строит новые заводы.',
      '',
      'India',
    ],
  ])('%s (%s) → %s', (sentence, mention, previous, claim, entity) => {
    expect(pronounReferent(sentence, sentence.indexOf(mention), previous, claim)).toBe(entity);
  });
});

// an organisation's home country, from the agency that writes about it when the text names none
describe('"елде" in a text about an organisation is its home country', () => {
  test.each([
    ['Kazinform (kz)', 'Kazakhstan'],
    ['Kursiv', 'Kazakhstan'],
    ['Daryo', 'Uzbekistan'],
    ['Example Times', ''],
  ])('%s → %s', (outlet, country) => {
    expect(agencyCountry(outlet)).toBe(country);
  });

  test.each([
    ['Kazinform (kz)', 'Kazakhstan'],
    ['', 'Kazakhtelecom'],
  ])('written by %s → %s', (outlet, entity) => {
    const title = '«Қазақтелеком» табысын 9%-ға арттырды';
    const text =
      `${title}\n\n«Қазақтелеком» табысы 700 млрд теңгеге жетті.\n\n` +
      'Статистика деректері бойынша, биыл елде смартфон пайдаланушылардың үлесі 81%-ға жетті.';
    expect(entityOf(text, '81%-ға', title, outlet)).toBe(entity);
  });
});

describe('a market’s share of a park’s residents’ exports is the park’s (rule 5, fourth session)', () => {
  test.each([
    // the residents named in the sentence before the list of markets
    [
      'Экспорт технопарка растет',
      'Технопарк Astana Hub подвел итоги. Экспорт резидентов Astana Hub за год достиг 90 млн долларов. ' +
        'Главные рынки сбыта: Германия (31%), Турция (12%).',
      '12%',
      'Astana Hub',
    ],
    // the residents named in the market's own sentence
    [
      'Экспорт технопарка растет',
      'Технопарк Astana Hub подвел итоги. Крупнейшим рынком стала Германия – на нее пришлось 40% экспорта резидентов.',
      '40%',
      'Astana Hub',
    ],
  ])('%s: %s → %s', (title, lead, mention, entity) => {
    expect(entityOf(`${title}\n\n${lead}`, mention, title)).toBe(entity);
  });
});

describe('a flow between two ends through a third is the pair of its ends (rule 5, fourth session)', () => {
  const title = 'Транзит через Казахстан растет';
  test.each([
    [
      'Қазақстан арқылы Қытай мен Еуропа арасындағы жүк тасымалы 9 айда 240 мың TEU болды.',
      '240 мың',
      'China-Europe',
    ],
    [
      'Биыл Қазақстан аумағы арқылы Қытай–Еуропа бағытындағы пойыздар саны 1 200-ге жетті.',
      '1 200',
      'China-Europe',
    ],
    [
      'Через Казахстан между Китаем и Европой за полгода перевезли 310 тыс. контейнеров.',
      '310 тыс.',
      'China-Europe',
    ],
  ])('%s (%s) → %s', (sentence, mention, entity) => {
    expect(entityOf(`${title}\n\n${sentence}`, mention, title)).toBe(entity);
  });
});
