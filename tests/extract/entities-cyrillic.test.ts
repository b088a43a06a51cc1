/**
 * Whom a Russian or Kazakh figure is about, table-driven, on sentences written for this test: the
 * figure is the first number in the sentence that is not a year.
 */
import { describe, expect, test } from 'vitest';
import { namedOrganisations, organisationBefore } from '../../scripts/extract/context.ts';
import { canonicalEntity, entityFor } from '../../scripts/extract/entities.ts';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';

const ROWS: ReadonlyArray<[sentence: string, entity: string]> = [
  ['ВВП Казахстана вырос на 6,2%.', 'Kazakhstan'],
  ['В Казахстане работают 1 900 ИТ-компаний.', 'Kazakhstan'],
  ['Экспорт Узбекистана составил 25 млрд долларов.', 'Uzbekistan'],
  ['Экспорт в Узбекистан составил 4 млрд долларов, сообщил Казахстан.', 'Kazakhstan'],
  ['Мировой рынок ИИ достигнет 400 млрд долларов.', 'World'],
  ['В мире насчитывается 5 млрд пользователей интернета.', 'World'],
  ['Бюджет Астаны составил 1,2 трлн тенге.', 'Astana'],
  ['В Алматы открыто 12 новых школ.', 'Almaty'],
  ['Выручка «Казахтелекома» выросла на 8%.', 'Kazakhtelecom'],
  ['Қазақстанның ІЖӨ-і 6,2 пайызға өсті.', 'Kazakhstan'],
  ['Өзбекстанда 2 мың компания тіркелді.', 'Uzbekistan'],
  ['Қытайға экспорт 3 млрд долларды құрады, деп хабарлады Қазақстан.', 'Kazakhstan'],
  ['Әлемдік нарық 400 млрд долларға жетеді.', 'World'],
  // a region in its case forms, before the city it is named after
  ['Карагандинская область получила 310 млрд тенге.', 'Karaganda Region'],
  ['В Карагандинской области построено 540 домов.', 'Karaganda Region'],
  ['Жители Алматинской области получили 12 тысяч субсидий.', 'Almaty Region'],
  ['Павлодар облысында 75 мектеп салынды.', 'Pavlodar Region'],
  ['Солтүстік Қазақстан облысының бюджеті 400 млрд теңге болды.', 'North Kazakhstan Region'],
  ['На Северо-Казахстанскую область пришлось 7% урожая.', 'North Kazakhstan Region'],
  // organisations in Latin letters, a country after the brand included
  ['Доля Beeline Казахстан выросла до 36%.', 'Beeline Kazakhstan'],
  ['За год 900 тысяч абонентов перешли в Tele2/Altel.', 'Tele2/Altel'],
  ['Kcell абоненттерінің саны 9 миллионға жетті.', 'Kcell'],
  ['Нидерланды вложили в экономику $2,3 млрд.', 'Netherlands'],
  ['В Костанае построят 12 школ.', 'Kostanay'],
  ['Өскемендегі 40 кәсіпорын жаңғыртылды.', 'Oskemen'],
  ['Актобе получит 15 новых автобусов.', 'Aktobe'],
  ['Прибыль Халык банка выросла на 9%.', 'Halyk Bank'],
  ['ҚазМұнайГаз 2025 жылы 22 млн тонна мұнай өндірді.', 'KazMunayGas'],
  ['КТЖ перевезла 250 млн тонн грузов.', 'Kazakhstan Temir Zholy'],
  ['Компания «Кумтор Голд Компани» добыла 9 тонн золота.', 'Kumtor Gold Company'],
  ['«Құмтөр» кенішінде 12 тонна алтын өндірілді.', 'Kumtor Gold Company'],
  // a Latin name the English table reads in part ("Kazakhstan") is the whole name's
  ['Beeline Kazakhstan продал 40 тысяч сим-карт.', 'Beeline Kazakhstan'],
  // the neighbours' regions, before the cities they are named after
  ['В Нарынской области построено 40 домов.', 'Naryn Region'],
  ['Самарқанд облысында 9 мектеп салынды.', 'Samarkand Region'],
  ['Ташкентская область получила 70 новых автобусов.', 'Tashkent Region'],
  // the regions formed in 2022 by their name after "область", in Russian
  ['В области Улытау открыто 14 школ.', 'Ulytau Region'],
  ['Область Абай получила 90 млрд тенге.', 'Abai Region'],
  // "Продовольственная корпорация" without "контрактная"
  ['Продовольственная корпорация закупит 800 тысяч тонн зерна.', 'Food Contract Corporation'],
  ['Страны ЕАЭС нарастили выпуск на 3%.', 'EAEU'],
  // groups of producing or rich countries, whose members' joint figures are the group's
  ['Страны ОПЕК+ сократили добычу на 2 млн баррелей в сутки.', 'OPEC+'],
  ['Запасы нефти в странах ОЭСР достигли 2,7 млрд баррелей.', 'OECD'],
  ['ОПЕК елдері тәулігіне 28 млн баррель мұнай өндірді.', 'OPEC'],
  ['Канада добыла 9 тысяч тонн урана.', 'Canada'],
  // a border crossing's own traffic, in either language
  ['Через Хоргос в мае прошло 4 тысячи контейнеров.', 'Khorgos'],
  ['Қорғас арқылы өткен жылы 9 мың вагон өтті.', 'Khorgos'],
  // a region's adjective without "область", which a list leaves out
  ['Первой стала Павлодарская область, второй – Жамбылская (14 тысяч голов).', 'Zhambyl Region'],
  ['Меньше всего – в Кызылординской: 310 домов.', 'Kyzylorda Region'],
  // "в Костанайской" is where, not whither
  ['Урожай в Акмолинской и Костанайской областях достиг 9 млн тонн.', 'Kostanay Region'],
  // a place after a word of comparison is the compared figure's; "среднемировой", "по миру"
  ['Монголия тратит $90 на человека против $140 в Китае.', 'Mongolia'],
  ['Рост в Китае – 5%, что выше, чем в Монголии.', 'China'],
  ['Среднемировой показатель безработицы составил 5%.', 'World'],
  ['Доля онлайн-покупок достигла 60% в среднем по миру.', 'World'],
  // "Каспий" is the sea, not Kaspi
  ['Прибыль Каспи выросла на 12%.', 'Kaspi.kz'],
  // the group's bank is its own entity, in either alphabet
  ['Депозиты Kaspi Bank выросли на 10%.', 'Kaspi Bank'],
  ['Кредитный портфель Каспи Банка составил 5 трлн тенге.', 'Kaspi Bank'],
  ['Через Каспий перевезли 5 млн тонн, сообщил Казахстан.', 'Kazakhstan'],
  // "доллар США" names a currency, not whom the figure is about
  ['Курс составил 512 тенге за доллар США.', ''],
  ['Цена нефти заложена на уровне 65 долларов США за баррель.', ''],
];

describe('entities in Russian and Kazakh', () => {
  test.each(ROWS)('%s → %s', (sentence, entity) => {
    const start = sentence.search(/(?<!\d)(?!(?:19|20)\d\d(?!\d))\d/);
    expect(entityFor(sentence, start, start + 1)).toBe(entity);
  });
});

describe('a sentence about "the company" is about the organisation named before it', () => {
  test.each([
    ['Kaspi.kz published its results. The company earned $1 billion.', 'Kaspi.kz'],
    ['Итоги подвёл «Казахтелеком». Выручка компании выросла на 8%.', 'Kazakhtelecom'],
    ['Astana Hub отчитался. Резиденты технопарка привлекли $186 млн.', 'Astana Hub'],
    ['Экономика выросла. Выручка компании выросла на 8%.', ''],
  ])('%s → %s', (text, entity) => {
    const sentence = text.slice(text.indexOf('. ') + 2);
    expect(organisationBefore(sentence, () => namedOrganisations(text), text.length)).toBe(entity);
  });
});

describe('an entity has one name, whichever of its names is written', () => {
  test.each([
    ['Kaspi', 'Kaspi.kz'],
    ['Kaspi.kz', 'Kaspi.kz'],
    ['EU', 'European Union'],
    ['eu', 'European Union'],
    ['USA-Kazakhstan', 'United States-Kazakhstan'],
    ['Samruk-Kazyna', 'Samruk-Kazyna'],
    ['Asia-Pacific', 'Asia-Pacific'],
    ['Almaty region', 'Almaty region'],
    ['Turkestan Region', 'Turkistan Region'],
    ['Tele2/Altel', 'Tele2/Altel'],
    ['Kumtor', 'Kumtor Gold Company'],
    ['Kaspi Bank', 'Kaspi Bank'],
    ['Unknown-Kazakhstan', 'Unknown-Kazakhstan'],
  ])('%s → %s', (name, entity) => {
    expect(canonicalEntity(name)).toBe(entity);
  });
});

// one country investing in another is about the pair investor-host
describe('investment pairs in Russian and Kazakh', () => {
  const source = { id: 'doc', title: '', outlet: '', url: '', published: '2026-05-01' };
  const catalogue = loadDefaultCatalogue();
  const entities = (text: string) =>
    extractClaims(text, { ...source, entity: 'Kazakhstan' }, catalogue).map((c) => c.entity);
  test.each([
    ['Крупнейшим инвестором стала Германия ($2,2 млрд).', ['Germany-Kazakhstan']],
    ['Япония вложила в экономику Казахстана $900 млн.', ['Japan-Kazakhstan']],
    ['Инвестиции из Турции в Казахстан составили $1,3 млрд.', ['Turkey-Kazakhstan']],
    ['Казахстан инвестировал в Грузию $150 млн.', ['Kazakhstan-Georgia']],
    // an investor named by its adjective
    ['Объем китайских инвестиций в экономику Казахстана достиг $26 млрд.', ['China-Kazakhstan']],
    ['Приток узбекских вложений в Казахстан составил $700 млн.', ['Uzbekistan-Kazakhstan']],
    // no word of investing, or no second country: no pair
    ['Приток ПИИ в Узбекистане составил $4 млрд.', ['Uzbekistan']],
    ['Иностранные инвесторы вложили в экономику $11 млрд.', ['Kazakhstan']],
    ['Германия экспортировала машин на $2 млрд.', ['Germany']],
  ])('%s → %j', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

// "в регионе" is the region named before; "по республике" the whole country of a regional text
describe('a sentence that points at a place instead of naming it', () => {
  const source = { id: 'doc', title: '', outlet: '', url: '', published: '2026-05-01' };
  const catalogue = loadDefaultCatalogue();
  const entities = (text: string, subject: string) =>
    extractClaims(text, { ...source, entity: subject }, catalogue).map((c) => c.entity);
  test.each([
    [
      'В Павлодарской области построили 90 школ. Средняя зарплата в регионе — 400 тыс. тенге.',
      'Kazakhstan',
      ['Pavlodar Region', 'Pavlodar Region'],
    ],
    [
      'Жамбыл облысында 70 мектеп салынды. Өңірде 12 аурухана ашылды.',
      'Kazakhstan',
      ['Zhambyl Region', 'Zhambyl Region'],
    ],
    // the akimat of the city or region named before is a source for that place's figures (rule 3)
    [
      'В Шымкенте открыли 14 школ. Акимат города намерен построить еще 9 школ.',
      'Kazakhstan',
      ['Shymkent', 'Shymkent'],
    ],
    [
      'Қарағанды облысында 40 мектеп салынды. Облыс әкімдігі тағы 25 мектеп салуды жоспарлап отыр.',
      'Kazakhstan',
      ['Karaganda Region', 'Karaganda Region'],
    ],
    ['По республике в целом ввод жилья вырос на 6%.', 'Kostanay Region', ['Kazakhstan']],
    ['Республика бойынша 300 мектеп салынды.', 'Astana', ['Kazakhstan']],
    // no region named before: "в регионе" points nowhere; a country's text stays that country's
    ['Средняя зарплата в регионе — 400 тыс. тенге.', 'Kazakhstan', ['Kazakhstan']],
    ['По стране инфляция составила 9%.', 'Uzbekistan', ['Uzbekistan']],
  ])('%s (about %s) → %j', (text, subject, expected) => {
    expect(entities(text, subject)).toEqual(expected);
  });
});

// trade between two countries is about the pair, in Russian and Kazakh forms
describe('trade pairs in Russian and Kazakh', () => {
  const source = { id: 'doc', title: '', outlet: '', url: '', published: '2026-05-01' };
  const catalogue = loadDefaultCatalogue();
  const entities = (text: string) =>
    extractClaims(text, { ...source, entity: 'Kazakhstan' }, catalogue).map((c) => c.entity);
  test.each([
    ['Товарооборот Казахстана и Монголии вырос до $900 млн.', ['Kazakhstan-Mongolia']],
    ['Торговля с Арменией составила $120 млн.', ['Kazakhstan-Armenia']],
    ['Қазақстанның Тәжікстанға экспорты 600 млн доллар болды.', ['Kazakhstan-Tajikistan']],
    ['Түрікменстанмен тауар айналымы 400 млн долларды құрады.', ['Kazakhstan-Turkmenistan']],
    // a bloc whose abbreviation does not decline, a partner by its preposition
    ['Товарооборот со странами ЕАЭС составил $9 млрд.', ['Kazakhstan-EAEU']],
    // the pair named before, pointed back at
    [
      'Товарооборот с Азербайджаном достиг $700 млн. Лидеры двух стран хотят довести его до $1 млрд.',
      ['Kazakhstan-Azerbaijan', 'Kazakhstan-Azerbaijan'],
    ],
    // a country's own figure in a clause without trade, or its own exports, stays that country's
    [
      'В Монголии ВВП вырос на 5%, а торговля с Казахстаном — на 8%.',
      ['Mongolia', 'Kazakhstan-Mongolia'],
    ],
    ['Экспорт Армении вырос на 11%.', ['Armenia']],
    // a region as a whole is one end of a flow (a pair without the subject is alphabetical)
    ['Переводы из России в страны Центральной Азии выросли на 6%.', ['Central Asia-Russia']],
    // Europe as a whole is one end too, in either language
    ['Торговля между Китаем и Европой выросла на 12%.', ['China-Europe']],
    ['Түркия мен Еуропа арасындағы жүк тасымалы 7 пайызға артты.', ['Europe-Turkey']],
    // one country and its neighbour: the subject, or the pair measured before
    ['Доля Армении мала, но поставки в соседнюю республику выросли на 9%.', ['Kazakhstan-Armenia']],
    [
      'Товарооборот Армении и Казахстана вырос на 4%. Армения поставляет в соседнюю страну фрукты: экспорт вырос на 7%.',
      ['Kazakhstan-Armenia', 'Kazakhstan-Armenia'],
    ],
    // a share of one country's trade that falls on another is the pair's
    [
      'Импорт Армении составил $5 млрд, из них на страны ЕС пришлось $1,2 млрд.',
      ['Armenia', 'Armenia-EU'],
    ],
    ['На страны ЕАЭС приходится 41% внешней торговли республики.', ['Kazakhstan-EAEU']],
    // …but a share with no whole of another country's is the taker's
    ['На Узбекистан пришлось 31% поставок.', ['Uzbekistan']],
    // shares of the trade the sentence before measured: each clause's partner with the subject
    [
      'Товарооборот страны вырос до $8 млрд. На Грузию приходится 12%, на Турцию — 7%.',
      ['Kazakhstan', 'Kazakhstan-Georgia', 'Kazakhstan-Turkey'],
    ],
    [
      'Внешняя торговля достигла $6 млрд. На долю Армении пришлось 9%, Ирана — 4%.',
      ['Kazakhstan', 'Kazakhstan-Armenia', 'Kazakhstan-Iran'],
    ],
    // a bracketed figure after the sentence before's share: a decimal comma ends no clause
    [
      'Товарооборот вырос до $8 млрд. На Грузию приходится 12,5% (1,1 млрд долларов).',
      ['Kazakhstan', 'Kazakhstan-Georgia', 'Kazakhstan-Georgia'],
    ],
    // destinations listed with their own bracketed shares: each with the subject, not each other
    [
      'Главными направлениями экспорта стали Грузия (30%), Турция (20%) и Иран (10%).',
      ['Kazakhstan-Georgia', 'Kazakhstan-Turkey', 'Kazakhstan-Iran'],
    ],
    // …but a park's residents' exports stay out of the subject's pairs
    [
      'Главными направлениями экспорта резидентов стали Грузия (30%) и Турция (20%).',
      ['Georgia', 'Turkey'],
    ],
    // …not a country's own figure after a trade sentence
    ['Товарооборот вырос до $8 млрд. В Грузии инфляция составила 4%.', ['Kazakhstan', 'Georgia']],
  ])('%s → %j', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

// in a text about an organisation, a country it operates in is where, not whom
describe('an organisation in the countries it operates in', () => {
  const source = { id: 'doc', title: '', outlet: '', url: '', published: '2026-05-01' };
  const catalogue = loadDefaultCatalogue();
  const entities = (text: string, subject: string) =>
    extractClaims(text, { ...source, entity: subject }, catalogue).map((c) => c.entity);
  test.each([
    ['Число клиентов в Казахстане превысило 9 млн.', 'Kaspi.kz', ['Kaspi.kz']],
    ['Филиал в Узбекистане обслуживает 2 млн клиентов.', 'Halyk Bank', ['Halyk Bank']],
    ['Қазақстанда 3 млн абонент тіркелген.', 'Kcell', ['Kcell']],
    // an organisation the sentence names, and cities listed as where it works
    ['Филиалы Halyk Bank в Таразе и Семее выдали 900 кредитов.', 'Kazakhstan', ['Halyk Bank']],
    ['В Экибастузе построили 200 домов.', 'Kazakhstan', ['Ekibastuz']],
    ['Оралда 50 мектеп салынды.', 'Kazakhstan', ['Oral']],
    // a country's own figure (genitive), or a text about a country, stays the country's
    ['ВВП Казахстана вырос на 5%.', 'Kaspi.kz', ['Kazakhstan']],
    ['Число клиентов банков в Узбекистане превысило 9 млн.', 'Kazakhstan', ['Uzbekistan']],
  ])('%s (about %s) → %j', (text, subject, expected) => {
    expect(entities(text, subject)).toEqual(expected);
  });
});

// round 3: whom a figure is about when the sentence does not name it as the subject
describe('prices, rates, outlets, partners in a list and the lead', () => {
  const catalogue = loadDefaultCatalogue();
  const entityOf = (text: string, mention: string, title = '', outlet = '') =>
    extractClaims(text, { id: 'doc', title, outlet, url: '', published: '2026-05-10' }, catalogue)
      .filter((c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention)
      .map((c) => c.entity)[0];
  test.each([
    // a price per barrel is the world market's; a rate of exchange is its currency's country
    ['Казахстан заложил в бюджет нефть по 58 долларов за баррель.', '58 долларов', 'World'],
    ['Мұнай бағасы баррелі үшін 64 доллар болды.', '64 доллар', 'World'],
    ['Курс на 5 мая: 1 евро — 590 тенге, 14 200 сумов.', '14 200 сумов', 'Uzbekistan'],
    // a world benchmark's price and its changes are the world's (rule 4), in a text about a country
    ['Казахстан наблюдает за рынком: за неделю WTI подорожала на 3%.', '3%', 'World'],
    ['Казахстан продает нефть, а Brent торгуется по $71,5.', '$71,5', 'World'],
    ['Казахстан копит золото: унция стоит $2 700 за унцию.', '$2 700', 'World'],
    ['Брент закрылся на $66, что на 2,4% выше пятницы.', '2,4%', 'World'],
    // a market's spot or exchange price, not a seller's own price per pound
    [
      'Казатомпром ждет, что спотовая цена урана составит 80 долларов за фунт.',
      '80 долларов',
      'World',
    ],
    ['Казатомпром продавал уран в среднем по 70 долларов за фунт.', '70 долларов', 'Kazatomprom'],
    // …but not the country's own oil, a figure compared with the benchmark, or a rate after it
    ['Российская нефть стоила $52 за баррель, на 9% дешевле Brent.', '$52', 'Russia'],
    ['Казахстан продал нефть со скидкой к Brent в $4.', '$4', 'Kazakhstan'],
    [
      'Казахстан исходит из цены Brent в $65 и курса 520 тенге за доллар.',
      '520 тенге',
      'Kazakhstan',
    ],
    ['Казахстан ждет роста ВВП на 5% при цене Brent $70.', '5%', 'Kazakhstan'],
    // a place joined to a partner by "и" is a partner too: the figure is the subject's
    ['В Казахстане 40 стартапов из Грузии и Армении получили гранты.', '40', 'Kazakhstan'],
  ])('%s (%s) → %s', (text, mention, entity) => {
    expect(entityOf(text, mention)).toBe(entity);
  });
  test('a producer group named as a cause of prices is not what the text is about', () => {
    const text =
      'Нефть дорожает на фоне решения ОПЕК+ сократить добычу.\n\nКазахстан в мае добыл 8 млн ' +
      'тонн нефти. План на год – 95 млн тонн.';
    expect(entityOf(text, '95 млн', 'Нефть дорожает')).toBe('Kazakhstan');
  });
  test("a text naming no place is about its outlet's country-code domain", () => {
    expect(entityOf('Сейчас работает 9 400 аптек.', '9 400', '', 'Dari.kz')).toBe('Kazakhstan');
  });
  test('"экономика республики" is the other country the paragraph gave a figure of last', () => {
    const text =
      'Товарооборот с Грузией вырос на 9%.\n\nВВП Грузии вырос на 7,1%. Экономика республики в ' +
      'следующем году вырастет на 5%.\n\nЭкономика страны выросла на 4%.';
    const title = 'Торговля Казахстана с Грузией выросла';
    expect(entityOf(text, '5%', title)).toBe('Georgia');
    expect(entityOf(text, '4%', title)).toBe('Kazakhstan');
  });
  test("a Russian lead on an organisation's figures makes the text about it", () => {
    const text =
      'Сеть филиалов Astana Hub открыла 6 новых площадок.\n\nВ регионах работают 18 площадок.';
    expect(entityOf(text, '18', 'Новые площадки открыты в регионах')).toBe('Astana Hub');
  });
});

// round 4: the sections of a review and a text that names a foreign place only as a factor
describe('headings that name a place, and places counted once a sentence', () => {
  const catalogue = loadDefaultCatalogue();
  const entityOf = (text: string, mention: string, title: string) =>
    extractClaims(
      text,
      { id: 'doc', title, outlet: '', url: '', published: '2026-05-10' },
      catalogue,
    )
      .filter((c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention)
      .map((c) => c.entity)[0];
  const review =
    'Обзор рынка облачных услуг\n\nМировой рынок\n\nРасходы на облака выросли на 21%.\n\n' +
    'Россия\n\nРынок в этом году оценивается в 900 млрд рублей.\n\nЦентральная Азия\n\n' +
    'Расходы в регионе достигли 310 млн долларов.\n\nМетодология\n\nОпрошено 640 компаний.\n\n' +
    'Қазақстан\n\nНарық көлемі 120 млн долларға жетті.';
  test.each([
    ['21%', 'World'],
    ['900 млрд рублей', 'Russia'],
    ['310 млн долларов', 'Central Asia'],
    // a heading that names no place ends the section of the one before
    ['640', 'World'],
    ['120 млн долларға', 'Kazakhstan'],
  ])('a figure under a heading (%s) → %s', (mention, entity) => {
    expect(entityOf(review, mention, 'Обзор рынка облачных услуг')).toBe(entity);
  });
  test('a foreign place named twice in one sentence does not make the text about it', () => {
    const text =
      'Регулятор сохранил ставку\n\nНацбанк сохранил базовую ставку на уровне 14,5%. Инфляция ' +
      'замедлилась до 9,8%, тенге укрепился.\n\nСреди внешних рисков – инфляция в России и ' +
      'решения Банка России.';
    expect(entityOf(text, '9,8%', 'Регулятор сохранил ставку')).toBe('Kazakhstan');
  });
});

const CATALOGUE = loadDefaultCatalogue();
/** The entity of the claim whose quote is `mention`, in a text whose corpus default is `subject`. */
const entityAbout = (text: string, mention: string, subject: string): string | undefined =>
  extractClaims(
    text,
    { id: 'doc', title: '', outlet: '', url: '', published: '2026-05-10', entity: subject },
    CATALOGUE,
  )
    .filter((c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention)
    .map((c) => c.entity)[0];

// round 4: flows between two countries beyond trade, and the partner's other end
describe('supplies, transfers and remittances are about a pair', () => {
  test.each([
    [
      'Переводы между Казахстаном и Киргизией выросли до 700 млн долларов.',
      '700 млн долларов',
      'Kazakhstan',
      'Kazakhstan-Kyrgyzstan',
    ],
    ['Қытайға 2,4 млн тонна бидай жөнелтілді.', '2,4 млн', 'Kazakhstan', 'Kazakhstan-China'],
    ['Аударымдардың 70 пайызы Ресейден түсті.', '70 пайызы', 'Tajikistan', 'Tajikistan-Russia'],
    // the share's source is its own clause's: the total before it stays the subject's
    [
      'Переводы достигли 9 млрд долларов, из них 64% поступило из России.',
      '9 млрд долларов',
      'Tajikistan',
      'Tajikistan',
    ],
    [
      'Переводы достигли 9 млрд долларов, из них 64% поступило из России.',
      '64%',
      'Tajikistan',
      'Tajikistan-Russia',
    ],
    // a breakdown after the total names its parts' sources, not the total's
    [
      'Переводы в Таджикистан составили 3 млрд долларов, из них из России – 2 млрд долларов.',
      '3 млрд долларов',
      'Tajikistan',
      'Tajikistan',
    ],
    [
      'Переводы в Таджикистан составили 3 млрд долларов, из них из России – 2 млрд долларов.',
      '2 млрд долларов',
      'Tajikistan',
      'Tajikistan-Russia',
    ],
    [
      'Переводы в Армению выросли до 900 млн долларов, в том числе на Россию пришлось 60%.',
      '900 млн долларов',
      'Armenia',
      'Armenia',
    ],
    // "товарооборот с X" is the subject's trade with X, not with a country named after it
    [
      'Товарооборот с Казахстаном составил 3 млрд долларов, больше только с Китаем.',
      '3 млрд долларов',
      'Kyrgyzstan',
      'Kyrgyzstan-Kazakhstan',
    ],
  ])('%s (%s, about %s) → %s', (text, mention, subject, entity) => {
    expect(canonicalEntity(entityAbout(text, mention, subject) ?? '')).toBe(
      canonicalEntity(entity),
    );
  });
});

// round 4: a partner's or market's share of the subject's trade
describe("a partner's share of the subject's trade is the pair's", () => {
  test.each([
    [
      'Главным торговым партнером стала Турция: оборот достиг 2 млрд долларов.',
      '2 млрд долларов',
      'Kazakhstan',
      'Kazakhstan-Turkey',
    ],
    [
      'Основными рынками сбыта остаются Китай (31%) и Россия (22%).',
      '22%',
      'Kyrgyzstan',
      'Kyrgyzstan-Russia',
    ],
    ['Доля Грузии невелика – 2,1%, но поставки туда растут.', '2,1%', 'Armenia', 'Armenia-Georgia'],
    [
      'Ең ірі сауда серіктесі – Қытай, оның үлесі 24 пайыз.',
      '24 пайыз',
      'Kazakhstan',
      'Kazakhstan-China',
    ],
    // a share of something else, or the subject's own figure, is not a pair
    ['Доля Грузии в выпуске вина – 0,4%.', '0,4%', 'Armenia', 'Georgia'],
    ['Экспорт Казахстана вырос на 6%.', '6%', 'Kazakhstan', 'Kazakhstan'],
  ])('%s (%s, about %s) → %s', (text, mention, subject, entity) => {
    expect(canonicalEntity(entityAbout(text, mention, subject) ?? '')).toBe(
      canonicalEntity(entity),
    );
  });
});

// round 4: an organisation named as the source of a figure is not whom it is about
describe('"по данным X" names a source', () => {
  test.each([
    [
      'Экспорт ИТ-услуг, по данным IT Park Uzbekistan, составил 900 млн долларов.',
      '900 млн долларов',
      'Uzbekistan',
    ],
    [
      'Astana Hub деректері бойынша, ИТ экспорты 700 млн долларға жетті.',
      '700 млн долларға',
      'Kazakhstan',
    ],
    // named as the subject, the organisation keeps its figure
    [
      'Резиденты IT Park Uzbekistan привлекли 40 млн долларов.',
      '40 млн долларов',
      'IT Park Uzbekistan',
    ],
  ])('%s (%s) → %s', (text, mention, entity) => {
    expect(
      entityAbout(text, mention, entity === 'IT Park Uzbekistan' ? 'Uzbekistan' : entity),
    ).toBe(entity);
  });
});

// round 7: what a text is about, read from its headline, lead and the places it compares
describe('the subject a Russian or Kazakh text sets for figures that name no place', () => {
  const catalogue = loadDefaultCatalogue();
  const entityOf = (text: string, mention: string) =>
    extractClaims(
      text,
      { id: 'doc', title: '', outlet: '', url: '', published: '2026-05-10' },
      catalogue,
    )
      .filter((c) => text.slice(c.quote_start ?? 0, c.quote_end ?? 0) === mention)
      .map((c) => c.entity)[0];
  // a headline and lead about a pair's trade: a later figure of trade that names no place
  const pairText =
    'Товарооборот Казахстана и Монголии вырос на 12%\n\n' +
    'Товарооборот между Казахстаном и Монголией за год составил 1,4 млрд долларов.\n\n' +
    'Экспорт зерна вырос в 1,3 раза.';
  // …but a lead about the whole country's trade keeps such figures the country's
  const countryText =
    'Товарооборот Казахстана и Монголии вырос на 12%\n\n' +
    'Внешнеторговый оборот Казахстана за год составил 140 млрд долларов.\n\n' +
    'Экспорт зерна вырос в 1,3 раза.';
  // two cities named as often as each other are compared, as parts of the country
  const citiesText =
    'Сколько стоит жилье\n\nЧиновник рассказал о ценах.\n\n' +
    'Больше всего жилья ввели Алматы – 2 млн кв. м и Шымкент – 1 млн кв. м. ' +
    'В Алматы цены выросли на 4%, в Шымкенте – на 3%. По стране ввод вырос на 7,5%.\n\n' +
    'Очередь на жилье составляет 400 тысяч человек.';
  // three cities named with about equal weight in a text about the regions as a whole
  const regionsText =
    'Бюджеты регионов выросли\n\nМинистр доложил об исполнении местных бюджетов.\n\n' +
    'Крупнейший бюджет у Алматы – 1,6 трлн тенге, у Астаны – 1,4 трлн тенге, у Шымкента – 0,6 трлн тенге. ' +
    'В Алматы и Астане доходы выросли.\n\nВ Алматы построили школы.\n\n' +
    'Собственные доходы регионов выросли на 15,6%.';
  // a Russian table whose rows are organisations
  const tableText =
    'Операторы связи в цифрах\n\nАбоненты по операторам на 1 июля\n\n' +
    'Оператор | Абоненты, млн | Доля рынка, %\nKcell | 9,1 | 34,2\nTele2/Altel | 8,3 | 31,2\n';
  // "компания" in a text about an organisation: that one, unless its paragraph names another
  const groupText =
    '«Казахтелеком» подвел итоги года\n\n«Казахтелеком» опубликовал отчетность. ' +
    'Дочерний оператор Kcell заработал 300 млрд тенге.\n\n' +
    'В прошлом году компания проложила 2 500 км оптики.\n\n' +
    'Kcell отчитался отдельно. Выручка компании выросла на 6%.';
  test.each([
    [groupText, '2 500', 'Kazakhtelecom'],
    [groupText, '6%', 'Kcell'],
    // "операторы" are the market's firms, not the one named last
    [groupText + '\n\nОператоры вложат в сети 90 млрд тенге.', '90 млрд тенге', 'Kazakhtelecom'],
    [pairText, '1,3 раза', 'Kazakhstan-Mongolia'],
    // …and so are what the two run together; a country's GDP, inflation or wages in it are not
    [pairText + '\n\nЗа год открыто 140 совместных предприятий.', '140', 'Kazakhstan-Mongolia'],
    [pairText + '\n\nВВП республики вырос на 5,1%.', '5,1%', 'Kazakhstan'],
    [pairText + '\n\nСредняя зарплата составила 410 тысяч тенге.', '410 тысяч тенге', 'Kazakhstan'],
    [pairText + '\n\nИнфляция замедлилась до 8,4%.', '8,4%', 'Kazakhstan'],
    [countryText, '1,3 раза', 'Kazakhstan'],
    [citiesText, '400 тысяч', 'Kazakhstan'],
    [regionsText, '15,6%', 'Kazakhstan'],
    [regionsText, '1,6 трлн тенге', 'Almaty'],
    [citiesText, '4%', 'Almaty'],
    [tableText, '34,2', 'Kcell'],
    [tableText, '8,3', 'Tele2/Altel'],
  ])('%#: %s → %s', (text, mention, entity) => {
    expect(entityOf(text, mention)).toBe(entity);
  });
});

// a place the figure is written without is not whose figure it is
describe('"без учета X": the figure leaves the place out', () => {
  test.each([
    ['Без учета месторождения Кумтор рост составил 7,1%.', '7,1%', 'Kyrgyzstan', 'Kyrgyzstan'],
    ['Не считая Китая, экспорт вырос на 4%.', '4%', 'Mongolia', 'Mongolia'],
    [
      'Құмтөр кенішін есептемегенде, өсім 6,4 пайыз болды.',
      '6,4 пайыз',
      'Kyrgyzstan',
      'Kyrgyzstan',
    ],
    // the same place named as the subject stays the figure's
    ['«Кумтор» добыл 11 тонн золота.', '11', 'Kyrgyzstan', 'Kumtor Gold Company'],
  ])('%s (%s, about %s) → %s', (text, mention, subject, entity) => {
    expect(canonicalEntity(entityAbout(text, mention, subject) ?? '')).toBe(
      canonicalEntity(entity),
    );
  });
});

// a place fronted before its figure's clause, and another in the next clause after "а"
describe('"В X …, а в Y – …": each clause its own place', () => {
  test.each([
    [
      'В Бишкеке средняя зарплата составила 61 тыс. сомов, а в Таласской области – 27 тыс. сомов.',
      ['Bishkek', 'Talas Region'],
    ],
    [
      'В Ферганской области урожай вырос на 6%, а в Бухарской области – на 3%.',
      ['Fergana Region', 'Bukhara Region'],
    ],
    // a place of a later item with its own figure is that figure's, not the one before it
    [
      'Средняя зарплата по стране – 41 тыс. сомов, в Бишкеке – 58 тыс., в Нарынской области – 26 тыс.',
      ['Kyrgyzstan', 'Bishkek', 'Naryn Region'],
    ],
    // …but a place after the figure in a clause without one still reads as before
    ['Рост составил 7%, больше всего в Таласской области.', ['Talas Region']],
  ])('%s → %j', (text, expected) => {
    const claims = extractClaims(
      text,
      { id: 'doc', title: '', outlet: '', url: '', published: '2026-05-01', entity: 'Kyrgyzstan' },
      CATALOGUE,
    );
    expect(claims.map((c) => c.entity)).toEqual(expected);
  });
});
