/**
 * The English words of the Russian and Kazakh words that name what a figure measures, so that a
 * metric no catalogue phrase names still gets one slug across languages: "Выручка холдинга" and
 * "Revenue" are both `revenue`; "Бір пәтердің құны" and "Apartments cost" are both
 * `apartments_cost`. The label stays as written. Data only; read by `cyrillic-metrics.ts`.
 *
 * Each entry is a stem (the word's start: both languages inflect by endings), its English and its
 * role: a `noun` can head a metric, a `modifier` only qualifies one ("чистая", "мобильной"), a
 * `generic` noun names no quantity of its own and hands the head on to the noun it governs
 * ("число пользователей" is users, "экспорт көлемі" is exports), and a `skip` word is left out
 * (the company or country a figure is about is its entity, not its metric); a `skip` word's English
 * heads a label only when nothing else does, when it is what is counted ("300 иностранных компаний").
 */

export type GlossRole = 'noun' | 'modifier' | 'generic' | 'skip';

export type Glossary = ReadonlyArray<readonly [stem: string, english: string, role: GlossRole]>;

export const RUSSIAN_GLOSSARY: Glossary = [
  // money: revenue, profit, spending, prices
  ['выручк', 'revenue', 'noun'],
  ['доход', 'revenue', 'noun'],
  // "налоговые поступления": what a budget takes in
  ['поступлени', 'revenue', 'noun'],
  ['прибыл', 'profit', 'noun'],
  ['убыт', 'loss', 'noun'],
  ['расход', 'spending', 'noun'],
  ['затрат', 'costs', 'noun'],
  ['стоимост', 'cost', 'noun'],
  ['цен', 'price', 'noun'],
  ['тариф', 'tariff', 'noun'],
  ['налог', 'taxes', 'noun'],
  ['дивиденд', 'dividend', 'noun'],
  ['кредит', 'loans', 'noun'],
  ['займ', 'loans', 'noun'],
  ['депозит', 'deposits', 'noun'],
  ['вклад', 'deposits', 'noun'],
  ['актив', 'assets', 'noun'],
  ['капитал', 'capital', 'noun'],
  ['инвестиц', 'investment', 'noun'],
  ['вложени', 'investment', 'noun'],
  ['финансировани', 'funding', 'noun'],
  ['субсиди', 'subsidies', 'noun'],
  ['трансферт', 'transfers', 'noun'],
  ['средств', 'funds', 'noun'],
  ['зарплат', 'salary', 'noun'],
  ['заработн', 'salary', 'modifier'],
  ['плат', 'payments', 'noun'],
  ['пенси', 'pensions', 'noun'],
  ['пособи', 'benefits', 'noun'],
  ['льгот', 'benefits', 'noun'],
  ['долг', 'debt', 'noun'],
  ['дефицит', 'deficit', 'noun'],
  ['профицит', 'surplus', 'noun'],
  ['бюджет', 'budget', 'noun'],
  ['резерв', 'reserves', 'noun'],
  ['курс', 'exchange_rate', 'noun'],
  ['ставк', 'rate', 'noun'],
  ['инфляци', 'inflation', 'noun'],
  ['инфляционн', 'inflation', 'modifier'],
  ['ожидани', 'expectations', 'noun'],
  ['ориентир', 'target', 'noun'],
  ['индекс', 'index', 'noun'],
  ['котировк', 'price', 'noun'],
  // a share's price: "акции Kaspi.kz подешевели на 3%", "$96 за акцию"
  ['акци', 'share_price', 'noun'],
  ['акционер', 'shareholders', 'noun'],
  ['капитализаци', 'market_capitalization', 'noun'],
  ['рыночн', 'market', 'modifier'],
  // "экономия" (savings); "экономика" and "экономический" have stems of their own
  ['экономи', 'savings', 'noun'],
  ['квот', 'quota', 'noun'],
  ['рентабельност', 'margin', 'noun'],
  ['сальдо', 'balance', 'noun'],
  ['баланс', 'balance', 'noun'],
  ['торгов', 'trade', 'modifier'],
  ['перевод', 'remittances', 'noun'],
  ['спрос', 'demand', 'noun'],
  ['потребност', 'demand', 'noun'],
  ['потреблени', 'consumption', 'noun'],
  ['запас', 'stocks', 'noun'],
  // economy and trade
  ['ввп', 'gdp', 'noun'],
  ['экономик', 'economy', 'noun'],
  ['экономическ', 'economic', 'modifier'],
  ['краткосрочн', 'short_term', 'modifier'],
  ['индикатор', 'indicator', 'noun'],
  ['рост', 'growth', 'noun'],
  ['прирост', 'growth', 'noun'],
  ['снижени', 'decline', 'noun'],
  ['экспорт', 'exports', 'noun'],
  ['ввод', 'commissioned', 'noun'],
  ['рынок', 'market', 'noun'],
  ['рынк', 'market', 'noun'],
  ['город', 'cities', 'noun'],
  ['сёл', 'villages', 'noun'],
  ['сел', 'villages', 'noun'],
  ['запрос', 'requests', 'noun'],
  ['справк', 'certificates', 'noun'],
  ['карточ', 'cards', 'noun'],
  ['карт', 'cards', 'noun'],
  ['участник', 'participants', 'noun'],
  ['хаб', 'hubs', 'noun'],
  ['станци', 'stations', 'noun'],
  ['ипотечн', 'mortgage', 'modifier'],
  ['импорт', 'imports', 'noun'],
  ['товарооборот', 'trade_turnover', 'noun'],
  ['торговл', 'trade', 'noun'],
  ['оборот', 'turnover', 'noun'],
  ['производств', 'production', 'noun'],
  ['выпуск', 'output', 'noun'],
  ['добыч', 'production', 'noun'],
  ['промышленност', 'industry', 'noun'],
  ['строительств', 'construction', 'noun'],
  ['транспорт', 'transport', 'noun'],
  ['сельск', 'agriculture', 'modifier'],
  ['хозяйств', 'agriculture', 'noun'],
  ['услуг', 'services', 'noun'],
  ['товар', 'goods', 'noun'],
  ['сектор', 'sector', 'noun'],
  ['отрасл', 'industry', 'noun'],
  ['продукци', 'products', 'noun'],
  ['нефт', 'oil', 'noun'],
  ['жиль', 'housing', 'noun'],
  ['жилищ', 'housing', 'modifier'],
  ['квартир', 'apartments', 'noun'],
  ['урожа', 'harvest', 'noun'],
  // "урожайность": centners a hectare, not the harvest
  ['урожайност', 'yield', 'noun'],
  ['зерн', 'grain', 'noun'],
  ['безработиц', 'unemployment', 'noun'],
  ['безработн', 'unemployed', 'noun'],
  ['занятост', 'employment', 'noun'],
  ['населени', 'population', 'noun'],
  ['численност', 'number', 'generic'],
  ['рабоч', 'jobs', 'modifier'],
  ['мест', 'places', 'noun'],
  // people and organisations counted
  ['абонент', 'subscribers', 'noun'],
  ['пользовател', 'users', 'noun'],
  ['клиент', 'clients', 'noun'],
  ['покупател', 'buyers', 'noun'],
  ['продавц', 'merchants', 'noun'],
  ['студент', 'students', 'noun'],
  ['учащ', 'students', 'noun'],
  ['школьник', 'pupils', 'noun'],
  ['выпускник', 'graduates', 'noun'],
  ['преподавател', 'teachers', 'noun'],
  ['учител', 'teachers', 'noun'],
  ['грант', 'grants', 'noun'],
  ['стипенди', 'scholarships', 'noun'],
  ['вуз', 'universities', 'noun'],
  ['университет', 'universities', 'noun'],
  ['школ', 'schools', 'noun'],
  ['больниц', 'hospitals', 'noun'],
  ['специалист', 'specialists', 'noun'],
  ['работник', 'workers', 'noun'],
  ['сотрудник', 'employees', 'noun'],
  ['резидент', 'residents', 'noun'],
  ['стартап', 'startups', 'noun'],
  ['предприяти', 'enterprises', 'noun'],
  ['проект', 'projects', 'noun'],
  ['турист', 'tourists', 'noun'],
  ['пассажир', 'passengers', 'noun'],
  ['сделк', 'deals', 'noun'],
  ['транзакци', 'transactions', 'noun'],
  ['платеж', 'payments', 'noun'],
  ['платёж', 'payments', 'noun'],
  // telecom and digital
  ['покрыти', 'coverage', 'noun'],
  ['проникновени', 'penetration', 'noun'],
  ['интернет', 'internet', 'noun'],
  ['связ', 'communications', 'noun'],
  ['сет', 'networks', 'noun'],
  ['мобильн', 'mobile', 'modifier'],
  ['сотов', 'mobile', 'modifier'],
  ['широкополосн', 'broadband', 'modifier'],
  ['мощност', 'capacity', 'noun'],
  ['загрузк', 'utilization', 'noun'],
  ['скорост', 'speed', 'noun'],
  ['камер', 'cameras', 'noun'],
  ['рейс', 'flights', 'noun'],
  ['госуслуг', 'public_services', 'noun'],
  // modifiers
  ['чист', 'net', 'modifier'],
  ['валов', 'gross', 'modifier'],
  ['средн', 'average', 'modifier'],
  ['годов', 'annual', 'modifier'],
  ['розничн', 'retail', 'modifier'],
  ['иностранн', 'foreign', 'modifier'],
  ['прям', 'direct', 'modifier'],
  ['венчурн', 'venture', 'modifier'],
  ['бюджетн', 'budget', 'modifier'],
  ['собственн', 'own', 'modifier'],
  ['заёмн', 'borrowed', 'modifier'],
  ['заемн', 'borrowed', 'modifier'],
  ['налогов', 'tax', 'modifier'],
  ['социальн', 'social', 'modifier'],
  ['активн', 'active', 'modifier'],
  ['ежемесячн', 'monthly', 'modifier'],
  ['потребительск', 'consumer', 'modifier'],
  ['непродовольственн', 'nonfood', 'modifier'],
  ['непродовольств', 'nonfood', 'modifier'],
  ['продовольственн', 'food', 'modifier'],
  ['горнодобывающ', 'mining', 'modifier'],
  ['обрабатывающ', 'manufacturing', 'modifier'],
  ['реальн', 'real', 'modifier'],
  ['накопленн', 'accumulated', 'modifier'],
  ['безналичн', 'cashless', 'modifier'],
  ['платёжн', 'payment', 'modifier'],
  ['платежн', 'payment', 'modifier'],
  // "первичного" and "вторичного" (жилья): new-build and resale housing
  ['первичн', 'primary', 'modifier'],
  ['вторичн', 'secondary', 'modifier'],
  // names of a share or count hand the head on
  ['дол', 'share', 'noun'],
  ['число', 'number', 'generic'],
  ['числа', 'number', 'generic'],
  ['количеств', 'number', 'generic'],
  ['объём', 'volume', 'generic'],
  ['объем', 'volume', 'generic'],
  ['темп', 'rate', 'generic'],
  ['уровень', 'level', 'generic'],
  ['уровн', 'level', 'generic'],
  ['сумм', 'amount', 'generic'],
  ['размер', 'amount', 'generic'],
  ['показател', 'indicator', 'generic'],
  // whom a figure is about is its entity
  ['компани', 'companies', 'skip'],
  ['групп', '', 'skip'],
  ['банк', 'banks', 'skip'],
  ['технопарк', '', 'skip'],
  ['стран', 'countries', 'skip'],
  ['республик', '', 'skip'],
  ['государств', '', 'skip'],
  ['приложени', 'app', 'modifier'],
];

export const KAZAKH_GLOSSARY: Glossary = [
  ['табыс', 'revenue', 'noun'],
  ['кіріс', 'revenue', 'noun'],
  ['түсім', 'revenue', 'noun'],
  ['пайда', 'profit', 'noun'],
  ['шығыс', 'spending', 'noun'],
  ['шығын', 'costs', 'noun'],
  ['құн', 'cost', 'noun'],
  ['баға', 'price', 'noun'],
  ['тариф', 'tariff', 'noun'],
  ['салық', 'taxes', 'noun'],
  ['несие', 'loans', 'noun'],
  ['кредит', 'loans', 'noun'],
  ['депозит', 'deposits', 'noun'],
  ['инвестиция', 'investment', 'noun'],
  ['қаржыланд', 'funding', 'noun'],
  ['субсидия', 'subsidies', 'noun'],
  ['трансферт', 'transfers', 'noun'],
  ['қаражат', 'funds', 'noun'],
  ['жалақы', 'salary', 'noun'],
  ['зейнетақы', 'pensions', 'noun'],
  ['қарыз', 'debt', 'noun'],
  ['тапшылық', 'deficit', 'noun'],
  ['бюджет', 'budget', 'noun'],
  ['бағам', 'exchange_rate', 'noun'],
  ['мөлшерлеме', 'rate', 'noun'],
  ['инфляция', 'inflation', 'noun'],
  ['індекс', 'index', 'noun'],
  // Kazakh news spells the loanword the Russian way too
  ['индекс', 'index', 'noun'],
  ['капитализация', 'market_capitalization', 'noun'],
  ['квота', 'quota', 'noun'],
  ['іжө', 'gdp', 'noun'],
  ['экономика', 'economy', 'noun'],
  ['өсім', 'growth', 'noun'],
  ['өсу', 'growth', 'noun'],
  ['қарқын', 'rate', 'noun'],
  ['экспорт', 'exports', 'noun'],
  ['нарық', 'market', 'noun'],
  ['қала', 'cities', 'noun'],
  ['импорт', 'imports', 'noun'],
  ['сауда', 'trade', 'noun'],
  ['айналым', 'turnover', 'noun'],
  ['өндіріс', 'production', 'noun'],
  ['өнеркәсіп', 'industry', 'noun'],
  ['құрылыс', 'construction', 'noun'],
  ['көлік', 'transport', 'noun'],
  ['шаруашылы', 'agriculture', 'noun'],
  ['ауыл', 'rural', 'modifier'],
  ['қызмет', 'services', 'noun'],
  ['тауар', 'goods', 'noun'],
  ['сала', 'sector', 'noun'],
  ['сектор', 'sector', 'noun'],
  ['өнім', 'products', 'noun'],
  ['мұнай', 'oil', 'noun'],
  ['егін', 'harvest', 'noun'],
  // "егіс алқабы": sown area
  ['егіс', 'sown', 'modifier'],
  ['алқап', 'area', 'noun'],
  ['алқаб', 'area', 'noun'],
  // "түсімділік", "өнімділік": a crop's yield, not revenue ("түсім") or products ("өнім")
  ['түсімділі', 'yield', 'noun'],
  ['өнімділі', 'yield', 'noun'],
  ['тұрғын', 'housing', 'modifier'],
  ['үй', 'housing', 'noun'],
  ['пәтер', 'apartments', 'noun'],
  ['жұмыссыздық', 'unemployment', 'noun'],
  ['халық', 'population', 'noun'],
  // "халқы" (its population): the possessive drops the stem's vowel and hardens its "қ"
  ['халқ', 'population', 'noun'],
  ['абонент', 'subscribers', 'noun'],
  ['пайдаланушы', 'users', 'noun'],
  ['клиент', 'clients', 'noun'],
  ['студент', 'students', 'noun'],
  ['оқушы', 'pupils', 'noun'],
  ['түлек', 'graduates', 'noun'],
  ['оқытушы', 'teachers', 'noun'],
  ['мұғалім', 'teachers', 'noun'],
  ['грант', 'grants', 'noun'],
  ['университет', 'universities', 'noun'],
  ['мектеп', 'schools', 'noun'],
  ['маман', 'specialists', 'noun'],
  ['қызметкер', 'employees', 'noun'],
  ['резидент', 'residents', 'noun'],
  ['стартап', 'startups', 'noun'],
  ['кәсіпорын', 'enterprises', 'noun'],
  ['жоба', 'projects', 'noun'],
  // "инвестициялық жоба": the adjective qualifies, the project heads
  ['инвестициялық', 'investment', 'modifier'],
  ['турист', 'tourists', 'noun'],
  ['төлем', 'payments', 'noun'],
  ['қамту', 'coverage', 'noun'],
  ['интернет', 'internet', 'noun'],
  ['байланыс', 'communications', 'noun'],
  ['желі', 'networks', 'noun'],
  ['мобильді', 'mobile', 'modifier'],
  ['қуат', 'capacity', 'noun'],
  ['жылдамд', 'speed', 'noun'],
  ['ұзынд', 'length', 'noun'],
  ['камера', 'cameras', 'noun'],
  ['бейнекамера', 'cameras', 'noun'],
  ['рейс', 'flights', 'noun'],
  ['орташа', 'average', 'modifier'],
  ['таза', 'net', 'modifier'],
  ['шетелдік', 'foreign', 'modifier'],
  ['тікелей', 'direct', 'modifier'],
  ['әлеуметтік', 'social', 'modifier'],
  ['нақты', 'real', 'modifier'],
  ['үлес', 'share', 'noun'],
  ['мақсат', 'target', 'noun'],
  ['сұраныс', 'demand', 'noun'],
  ['жүк', 'freight', 'noun'],
  ['жолаушы', 'passengers', 'noun'],
  ['тасымал', 'transport', 'generic'],
  ['ағын', 'flow', 'generic'],
  ['саны', 'number', 'generic'],
  ['санын', 'number', 'generic'],
  ['көлем', 'volume', 'generic'],
  ['деңгей', 'level', 'generic'],
  ['мөлшер', 'amount', 'generic'],
  ['сома', 'amount', 'generic'],
  ['көрсеткіш', 'indicator', 'generic'],
  ['компания', 'companies', 'skip'],
  ['топ', '', 'skip'],
  ['банк', '', 'skip'],
  ['ел', '', 'skip'],
];

/**
 * Words of change: a percentage near one is the change of a level ("Экспорт вырос на 12%",
 * "құрылыс 9%-ға өсті"), so its metric is that level's growth, as in English.
 */
export const CYRILLIC_CHANGE = new RegExp(
  '(?<![\\p{L}])(?:вырос\\p{L}*|выросл\\p{L}*|возрос\\p{L}*|рост\\p{L}*|прирост\\p{L}*|' +
    'увелич\\p{L}*|прибав\\p{L}*|снизи\\p{L}*|сниж\\p{L}*|сократи\\p{L}*|сокращ\\p{L}*|' +
    'подорож\\p{L}*|подешев\\p{L}*|упал\\p{L}*|упав\\p{L}*|повыси\\p{L}*|понизи\\p{L}*|' +
    'прибав\\p{L}*|увеличив\\p{L}*|нарастил\\p{L}*|нарастит|наращ\\p{L}*|вырастет|вырастут|өсті|өседі|өсуі|өсетін|өсіп|' +
    'өсім\\p{L}*|өскен|артады|арттыр\\p{L}*|төмендей\\p{L}*|азаяды|ұлғай\\p{L}*|артты|артып|артқан|' +
    'төмендеді|төмендеп|қысқар\\p{L}*|азайды|азайып|қымбатта\\p{L}*|арзанда\\p{L}*|' +
    'көтерілді|көтеріліп)(?![\\p{L}])',
  'iu',
);

/**
 * Verbs of a price moving: what rose or fell is the subject's price ("новостройки подорожали на
 * 12%", "қант 4,8 пайызға арзандады"), not its quantity.
 */
export const CYRILLIC_PRICE_CHANGE =
  /(?<![\p{L}])(?:подорожа\p{L}*|подешеве\p{L}*|дорожа\p{L}*|дешеве\p{L}*|қымбатта\p{L}*|арзанда\p{L}*)(?![\p{L}])/iu;

/**
 * Verbs of doing something to what a count counts, and the English participle its slug takes
 * ("построить 14 школ" → `schools_built`, "сатып алу" → purchased), first match wins: the
 * annotators and the English labels name such counts by the deed ("homes built").
 */
export const CYRILLIC_COUNT_DEEDS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /(?<![\p{L}])(?:запуст\p{L}*|запущ\p{L}*|введен\p{L}*\s+в\s+эксплуатаци\p{L}*|іске\s+қос\p{L}*)/iu,
    'launched',
  ],
  [
    // "салуды" (to build, as an object), "мектептің құрылысы" (the schools' construction)
    /(?<![\p{L}])(?:постро\p{L}*|возвед\p{L}*|салу\p{L}*|салын\p{L}*|салған|салды|пайдалануға\s+беріл\p{L}*|құрылысы)(?![\p{L}])/iu,
    'built',
  ],
  [/(?<![\p{L}])(?:приобре\p{L}*|закуп\p{L}*|сатып\s+ал\p{L}*)/iu, 'purchased'],
  [/(?<![\p{L}])(?:подключ\p{L}*|қосыл\p{L}*|қосу)(?![\p{L}])/iu, 'connected'],
  [
    /(?<![\p{L}])(?:обучен\p{L}*|обучил\p{L}*|подготов\p{L}*|переподготов\p{L}*|оқытыл\p{L}*|даярла\p{L}*)/iu,
    'trained',
  ],
];

/** A share is not a change, whatever verb is near: "доля … выросла до 40%". */
export const CYRILLIC_SHARE = /(?<![\p{L}])(?:дол[яиюе]й?|долю|үлес\p{L}*)(?![\p{L}])/iu;

/**
 * Words after a bare number that say it counts nothing: time ("10 месяцев", "2025 году", "10
 * айда"), months ("1 октября"), ranks ("3 место", "орын") and stages ("в 3 этапа"), units and
 * multiples already read elsewhere, and function words ("из 64 колледжей" is read from
 * "колледжей", but "40 — с …" stops).
 */
export const NOT_COUNTED = new RegExp(
  `^(?:${[
    'год\\p{L}*|лет|месяц\\p{L}*|недел\\p{L}*|дн[яеи]\\p{L}*|день|сут\\p{L}*|час\\p{L}*|' +
      'минут\\p{L}*|секунд\\p{L}*',
    'квартал\\p{L}*|полугоди\\p{L}*|век\\p{L}*|раз|раза|место|позици\\p{L}*|' +
      'строчк\\p{L}*|пункт\\p{L}*|этап\\p{L}*|очеред\\p{L}*|раунд\\p{L}*|стади\\p{L}*',
    'январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|' +
      'август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*',
    'жыл\\p{L}*|ай|айда|айы\\p{L}*|айл\\p{L}*|апта\\p{L}*|күн\\p{L}*|сағат\\p{L}*|' +
      'минут\\p{L}*|тоқсан\\p{L}*|ғасыр\\p{L}*|есе|рет|орын\\p{L}*|кезең\\p{L}*',
    'қаңтар\\p{L}*|ақпан\\p{L}*|наурыз\\p{L}*|сәуір\\p{L}*|мамыр\\p{L}*|маусым\\p{L}*|' +
      'шілде\\p{L}*|тамыз\\p{L}*|қыркүйек\\p{L}*|қазан\\p{L}*|қараша\\p{L}*|' +
      'желтоқсан\\p{L}*',
    'и|в|во|на|за|по|с|со|к|ко|до|от|из|о|об|при|для|а|но|или|что|как|это|же|ли|не|' +
      'также|тыс|млн|млрд|трлн',
    'және|мен|бен|пен|да|де|та|те|үшін|бойынша|дейін|астам|жуық|шамамен|ғана|тек',
    'процент\\p{L}*|пайыз\\p{L}*|тенге|теңге\\p{L}*|доллар\\p{L}*|рубл\\p{L}*|евро|' +
      'сум\\p{L}*|сом\\p{L}*',
  ].join('|')})$`,
  'iu',
);

/**
 * The counted noun written before a count: "число экспортёров … достигло 1 312",
 * "экспорттаушылар саны 1 312-ге жетті".
 */
export const RUSSIAN_NUMBER_OF =
  /(?<![\p{L}])(?:числ[оау]|количеств[оау]|численност[ьи])\s+((?:[\p{L}-]+\s+){0,1}[\p{L}-]+)/iu;
export const KAZAKH_NUMBER_OF = /([\p{L}-]+)\s+сан(?:ы|ын|ына|ынан)(?![\p{L}])/iu;

/**
 * Words that never name what a figure measures, besides those after a number (`NOT_COUNTED`):
 * number words ("девяти месяцев", "сегіз айында"), dates and time ("эту дату", "тем временем"),
 * "в среднем", demonstratives and pronouns ("эту", "из них"), modal verbs ("может"), the
 * government that plans a figure (whom it is about, not what), Kazakh words of circumstance
 * ("жағдай бойынша": as of, "іске асыру") and Russian words of reckoning ("в годовом выражении").
 */
export const NOT_NAMING = new RegExp(
  '^(?:два|двух|три|тр[её]х|четыр\\p{L}*|пят[иь]|шест[иь]|сем[иь]|восьм\\p{L}*|' +
    'восем\\p{L}*|девят\\p{L}*|десят\\p{L}*|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|' +
    'он|эт[аоуиы]\\p{L}*|тот|ту|том|тем|тех|той|них|их|ним|ними|они|оно|она|его|её|' +
    'ее|олар\\p{L}*|оның|сайын|числе|былтыр\\p{L}*|биыл\\p{L}*|қазір\\p{L}*|сейчас|' +
    'ныне|сегодня|может|могут|должен|должна|должно|должны|будет|будут|можно|нужно|' +
    'правительств\\p{L}*|ведомств\\p{L}*|министерств\\p{L}*|акимат\\p{L}*|үкімет\\p{L}*|' +
    'министрлі\\p{L}*|әкімдік\\p{L}*|дат[аеуы]|врем\\p{L}*|период\\p{L}*|среднем|' +
    'жағдай\\p{L}*|іске|бағамы|теперь|еді|жеткіз\\p{L}*|' +
    // "в годовом выражении", "в расчёте на душу", "в целом": how a figure is reckoned
    'выражени\\p{L}*|расч[её]т\\p{L}*|целом)$',
  'iu',
);

/**
 * Kazakh locatives and ablatives say where or from where, not what ("өңірде": in the region,
 * "мектепте": at school, "бюджеттен": from the budget); "сауда" (trade) ends like one after a
 * vowel and is left alone, and "-стан" is a country's name.
 */
export const KAZAKH_LOCATIVE =
  /(?:[рлйңн]д[ае]|[кқпстш]т[ае]|нд[ае]|[^с]тан|тен|дан|ден|нан|нен)$/iu;

/**
 * A Kazakh locative made an adjective says where the noun after it is ("облыстағы бизнес": the
 * region's business, "екі ел арасындағы сауда": trade between the two countries, "экономикасындағы
 * үлесі": its share in the economy): it and the words before it name the place, not the measure.
 */
export const KAZAKH_PLACE_ADJECTIVE = /(?:[дт]а|[дт]е)(?:ғы|гі)$/iu;

/** Units of measure, as patterns: a figure's unit, never its metric ("млн тонн", "шаршы метр"). */
export const MEASURE_WORDS =
  'тонн\\p{L}*|тонна\\p{L}*|т|кг|килограмм\\p{L}*|ц/га|центнер\\p{L}*|га|' +
  'гектар\\p{L}*|км|километр\\p{L}*|шақырым\\p{L}*|килограм\\p{L}*|кв|квадратн\\p{L}*|м|метр\\p{L}*|шаршы|куб\\p{L}*|' +
  'баррел\\p{L}*|литр\\p{L}*|кВт\\p{L}*|МВт\\p{L}*|ГВт\\p{L}*|кВт·ч|МВт·ч|ГВт·ч|' +
  'Гбит/с|Мбит/с';

/**
 * A verb of being or reaching right before a bare number makes it a count of what the text
 * named before: "В 2025 году их было 11 900", "саны 1 200-ге жетті".
 */
export const COUNT_VERB_BEFORE = new RegExp(
  '(?<![\\p{L}])(?:было|был|была|были|составил[аио]?|составляет|составляют|' +
    'составит|составят|достиг(?:ла|ло|ли)?|достигнет|превысил[аио]?|превысит|' +
    'насчитыва\\p{L}*|болды|болған|құрады|құрайды|жетті|жетеді|асты|' +
    'асады)\\s+(?:более|свыше|около|почти|порядка|не\\s+менее|менее)?\\s*$',
  'iu',
);

/**
 * A reference back to the period already named: "за тот же период", "в том же году", "за этот
 * период", Kazakh "сол кезеңде", "осы кезеңде", "сол жылы"; not "аналогичный период прошлого
 * года", which is a comparison base.
 */
export const SAME_PERIOD = new RegExp(
  '(?<![\\p{L}])(?:(?:за|в)\\s+(?:тот\\s+же|этот\\s+же|этот)\\s+период|' +
    '(?:в|за)\\s+(?:том\\s+же|тот\\s+же)\\s+(?:году|год|месяце|квартале)|' +
    '(?:к|до)\\s+(?:этому|тому)\\s+(?:сроку|времени|моменту)|' +
    // "на ту же дату": the day named before
    'на\\s+(?:ту\\s+же|эту\\s+же)\\s+дату|' +
    '(?:сол|осы)\\s+(?:мерзімге|уақытқа)\\s+дейін|' +
    '(?:сол|осы)\\s+кезеңде|сол\\s+жылы)(?![\\p{L}])(?!\\s+прошл)',
  'iu',
);
