/**
 * Words that tell a Russian or Kazakh figure's kind, as patterns the kind reader (`classify.ts`)
 * looks for in the figure's clause. Data only.
 *
 * The future of "составить", "достичь", "превысить" (составит, достигнет; Kazakh болады, құрайды)
 * says neither plan nor forecast by itself. The rule, written down as issue 10 asks: it is a plan
 * (`target`) when the sentence names who plans or pays (a budget, a programme, the government, a
 * ministry, the head of state), and a forecast otherwise, unless the sentence names a forecaster
 * (the IMF, analysts, an agency), which makes it a forecast in any case. A word of planning or
 * forecasting in the figure's clause outranks both: "аналитики ожидают, что … составит" is a
 * forecast, "… жетеді деп көзделген" (is to reach, it is planned) a target.
 *
 * An estimate ("оценивается в", "по оценке", Kazakh "бағаланады") is a forecast about a year not
 * yet over, and an estimate of a result about one that is: `estimate` keeps those words apart.
 */

import type { Language } from '../language.ts';

/** A word of the pattern's alternatives, whole: `\b` knows only ASCII letters. */
const words = (source: string): RegExp =>
  new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, 'iu');

export interface CyrillicKindCues {
  target: RegExp;
  forecast: RegExp;
  actual: RegExp;
  /** Future forms that are a plan or a forecast by who speaks (see above). */
  future: RegExp;
  /** Who plans or pays: a future figure in such a sentence is a target. */
  planner: RegExp;
  /** Who forecasts: a future figure in such a sentence is a forecast. */
  forecaster: RegExp;
  /** Words of estimating: a forecast, except about a period already over (see above). */
  estimate?: RegExp;
  /**
   * A part of the year ("за квартал", "во втором квартале", "за 9 месяцев", "тоқсанда"): an
   * estimate of it is a preliminary result, the statistics bureau's, not a forecast.
   */
  partOfYear?: RegExp;
  /** Words of the present ("сейчас", "қазір"): a future form in their clause reads as now. */
  now?: RegExp;
  /**
   * A budget's or a forecast's assumption: the word that sets it and what it is set for (a price,
   * an exchange rate, the economy's growth). The README reads such an assumption as a forecast,
   * even where the word of setting ("заложен") otherwise plans.
   */
  assumption?: { hint: RegExp; verb: RegExp; subject: RegExp };
  /**
   * A figure that is a quota or a ceiling by what it measures ("Квота Казахстана составляет 1,53
   * млн баррелей"): a target whatever its verb says (the gold README: a production quota).
   */
  quota?: RegExp;
  /** Where a clause ends. */
  clauseBreak: RegExp;
  /** How far after the number (in characters) a cue still counts: Kazakh puts its verb last. */
  after: number;
  /**
   * The verb comes last and serves every figure listed before it ("Білім беруге 286 млрд теңге,
   * денсаулық сақтауға 94,5 млрд теңге қарастырылған"): a cue after a comma or another figure
   * still counts.
   */
  verbLast?: boolean;
}

export const RUSSIAN_KIND_CUES: CyrillicKindCues = {
  target: words(
    // "101,3% от плана", "к плану", "на 11% выше плана", "исполнение плана — 97%": the plan is
    // what a result is measured against
    'планиру\\p{L}*|запланирова\\p{L}*|(?<!(?:от|к|выше|ниже|больше|меньше|сверх|исполнени[еяю]|выполнени[еяю])\\s+)план(?:ом|е|а|у|ы|ов)?|предусм[оа]тр\\p{L}*|' +
      'поручил\\p{L}*|поручени\\p{L}*|довести|довед\\p{L}*|доводить|обеспечить|' +
      'должн\\p{L}*|цел(?:ь|и|ью|ев\\p{L}*)|задач\\p{L}*|намерен\\p{L}*|намерева\\p{L}*|' +
      'выделят|будет\\s+выделен\\p{L}*|будут\\s+выделен\\p{L}*|утвержд\\p{L}*|' +
      'утверди\\p{L}*|заложен\\p{L}*|' +
      'установлен\\p{L}*(?!\\s+(?:на\\s+уровне|в\\s+размере))|буд(?:ут|ет)\\s+установлен\\p{L}*|' +
      'нацелен\\p{L}*|стремится|' +
      // "договорились увеличить добычу на 411 тыс. баррелей" (agreed to raise): a commitment
      'договорил\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+(?:ть|ти)(?!\\p{L})|' +
      // "предложил увеличить": a proposal is a plan
      'необходимо|нужно|предстоит|определ[её]н[аоы]?|рекомендова\\p{L}*|предложил\\p{L}*|предлага(?:ет|ют)|направит|' +
      'направят|будут\\s+предоставля\\p{L}*|будет\\s+предоставля\\p{L}*|' +
      'будут\\s+предоставлен\\p{L}*|будет\\s+предоставлен\\p{L}*',
  ),
  forecast: words(
    'ожида\\p{L}*|прогноз\\p{L}*|рассчитыва\\p{L}*|может\\s+\\p{L}+(?:ть|ти|чь|ться)|могут|вероятно|' +
      'предположительно|предполага\\p{L}*|сценари\\p{L}*|' +
      'потенциал\\p{L}*',
  ),
  actual: words(
    'составил[аио]?|достиг(?:ла|ло|ли)?|превысил[аио]?|вырос(?:ла|ло|ли)?|' +
      'увеличил\\p{L}*|сократил\\p{L}*|снизил\\p{L}*|замедлил\\p{L}*|ускорил\\p{L}*|' +
      'был[аио]?|зафиксирова\\p{L}*|привлечен\\p{L}*|привлекли|обучен[оы]?|выдан[оы]?|' +
      'открыт[оы]?|создан[оы]?|введен[оы]?|получил[аио]?|поступил[аио]?|' +
      // not "уже в 2027 году" (as early as 2027), a deadline's
      'уже(?!\\s+(?:в|к)\\s+(?:19|20)\\d\\d)|' +
      // the present of "составить": a state now ("субсидия составляет 20 тыс. тенге")
      'составля(?:ет|ют)|' +
      'по\\s+состоянию\\s+на|исполнен\\p{L}*|сейчас|на\\s+сегодня|' +
      // a rate or a wage in force: "установлена в размере 85 000 тенге"
      '(?<!буд(?:ут|ет)\\s+)установлен\\p{L}*\\s+(?:на\\s+уровне|в\\s+размере)|' +
      '(?<!буд(?:ут|ет)\\s+)(?:подключен[оы]?|построен[оы]?)',
  ),
  future: words(
    'составит|составят|достигнет|достигнут|превысит|превысят|вырастет|вырастут|увеличится|' +
      'сократится|снизится|будет|будут|станет|' +
      'замедлится|ускорится|сохранится|упад[её]т|возраст[её]т|придется|придётся|' +
      'охватит|охватят|привлеч[её]т|привлекут|получит|получат|откроет|откроют|обучит|обучат|' +
      'построит|построят|введ[её]т|введут',
  ),
  now: words('сейчас|ныне|в\\s+настоящее\\s+время|на\\s+сегодня(?:шний\\s+день)?'),
  planner: words(
    'бюджет\\p{L}*|план\\p{L}*|программ\\p{L}*|правительств\\p{L}*|министерств\\p{L}*|акимат\\p{L}*|глав\\p{L}*\\s+государства|президент\\p{L}*|нацпроект\\p{L}*|национальн\\p{L}*\\s+проект\\p{L}*|госпрограмм\\p{L}*|стратеги\\p{L}*|концепци\\p{L}*|компани\\p{L}*\\s+планиру\\p{L}*',
  ),
  estimate: words('по\\s+оценк\\p{L}*|оценива\\p{L}*|оценен\\p{L}*'),
  // "курс, заложенный в бюджет, – 87,5 сома", "цена на нефть в расчетах принята на уровне 60
  // долларов", "прогноз построен на предпосылке о цене нефти"
  assumption: {
    // a plain pattern, tested first: the word patterns' Unicode flags are slow
    hint: /залож|принят|предпосылк|исходя/i,
    verb: words('заложен\\p{L}*|принят\\p{L}*\\s+на\\s+уровне|предпосылк\\p{L}*|исходя\\s+из'),
    subject: words(
      // "исходя из цены $60 за баррель": a price per barrel is oil's
      'курс\\p{L}*|цен\\p{L}*\\s+(?:на\\s+)?нефт\\p{L}*|нефт\\p{L}*\\s+марки|Brent|баррел\\p{L}*|рост\\p{L}*\\s+(?:экономики|ВВП)|инфляци\\p{L}*',
    ),
  },
  partOfYear: words('квартал\\p{L}*|полугоди\\p{L}*|месяц\\p{L}*'),
  quota: words('квот\\p{L}*'),
  forecaster: words(
    // "по данным IDC, превысит": a future figure a source is cited for is its forecast
    'МВФ|Всемирн\\p{L}*\\s+банк\\p{L}*|аналитик\\p{L}*|эксперт\\p{L}*|агентств\\p{L}*|ЕАБР|АБР|ЕБРР|Fitch|Moody\\p{L}*|S&P|по\\s+данным',
  ),
  clauseBreak:
    // ", сейчас подключено …": a clause of present state after a plan
    // "сохранил ставку на уровне 14% и ожидает, что …": a second predicate of expecting
    /;|,\s+(?:а|но|однако|тогда\s+как|в\s+то\s+время\s+как|при\s+этом|котор(?:ый|ая|ое|ые)|сейчас|пока|на\s+сегодня)(?![\p{L}])|\s+и\s+(?=(?:ожида|прогнозиру|рассчитыва)(?:ет|ют)(?![\p{L}]))/giu,
  after: 30,
};

export const KAZAKH_KIND_CUES: CyrillicKindCues = {
  target: words(
    // "жоспардың 101,3 пайызы" (101.3% of the plan) measures a result against the plan
    // "жоспардан 3,1 пайызға артық" (3.1% above the plan) measures a result against it too
    'жоспар(?!дың\\s+\\d|дан\\s+\\d)\\p{L}*|міндет\\p{L}*|тапсыр\\p{L}*|қамтамасыз\\s+ет\\p{L}*|жеткізу\\p{L}*|' +
      'жеткіз\\p{L}*|керек|тиіс|мақсат\\p{L}*|көзде\\p{L}*|бөлінеді|беріледі|берілетін|' +
      // "42 пайызы әлеуметтік салаға бағытталады" (is to go to): a budget's share, planned
      'бағытталады|жұмсалады|' +
      // "биыл 6 мектеп ашылады" (6 schools will be opened), "1 200 ауыл интернетке қосылады",
      // "650 мың студент оқытылатынын": the passive future of building, opening, connecting or
      // training is the state's plan (not "… қосылады деп күтілуде", expected: a forecast)
      '(?:ашыл|қосыл|аяқтал|салын|оқытыл|орнатыл)(?:ады|атын\\p{L}*|етін\\p{L}*)(?!\\s+деп)|' +
      // "бекітілді" (approved), as Russian "утвержден": an approved budget or programme is a plan
      'белгілен\\p{L}*|қарастырыл\\p{L}*|арттыру\\p{L}*|қажет|бекіт\\p{L}*|' +
      // "жалақыны көтеруді ұсынды" (proposed to raise the wage): a proposal, as Russian "предложил"
      '\\p{L}+(?:уды|уді|юды|юді)\\s+ұсын\\p{L}*|' +
      // "бөлу ұсынылды" (allocating was proposed): the same, in the passive
      '\\p{L}+(?:у|ю)\\s+ұсыныл\\p{L}*',
  ),
  forecast: words('күтіл\\p{L}*|күту\\p{L}*|күтеді|күтіп|болжа\\p{L}*|мүмкін|ықтимал'),
  // "бағалар" (prices) is no estimate
  estimate: words('бағала(?!р)\\p{L}*|бағамы\\s+бойынша'),
  quota: words('квота\\p{L}*'),
  partOfYear: words('тоқсан\\p{L}*|жартыжылдық\\p{L}*|(?:\\d{1,2}|тоғыз|алты|үш)\\s+ай\\p{L}*'),
  actual: words(
    'болды|құрады|жетті|асты|асып|өсті|артты|төмендеді|азайды|бөлінді|тіркелді|' +
      'оқытылды|ашылды|құрылды|тартылды|берілді|көтерілді|қорытындысы|орындалды|' +
      'жағдай\\s+бойынша|қазір|қосылған|салынған|ашылған',
  ),
  future: words(
    'болады|құрайды|жетеді|асады|өседі|артады|төмендейді|азаяды|ұлғаяды|көбейеді|' +
      'қысқарады|баяулайды',
  ),
  planner: words(
    'бюджет\\p{L}*|жоспар\\p{L}*|бағдарлама\\p{L}*|үкімет\\p{L}*|министрлі\\p{L}*|Мемлекет\\s+басшысы|Президент\\p{L}*|стратегия\\p{L}*',
  ),
  forecaster: words(
    'ХВҚ|Дүниежүзілік\\s+банк\\p{L}*|сарапшы\\p{L}*|талдаушы\\p{L}*|агенттік\\p{L}*',
  ),
  now: words('қазір|қазіргі\\s+(?:таңда|уақытта)|бүгінде'),
  // "бюджет мұнайдың бір баррелі үшін 60 доллар бағасы … негізінде есептелген" (the budget is
  // computed on the basis of an oil price of $60 a barrel)
  assumption: {
    hint: /негізінде|болжам/i,
    verb: words('негізінде|болжам\\p{L}*\\s+бойынша'),
    subject: words('мұнай\\p{L}*|баррел\\p{L}*|бағам\\p{L}*|айырбас\\p{L}*|Brent'),
  },
  clauseBreak: /;|,\s+(?:ал|бірақ|алайда|қазір)(?![\p{L}])/giu,
  after: 160,
  verbLast: true,
};

/**
 * A paragraph or headline about a budget law, in Russian or Kazakh: "проект республиканского
 * бюджета", "закон «О республиканском бюджете на 2026–2028 годы»", "2026–2028 жылдарға арналған
 * республикалық бюджет", "бюджет жобасы". Its bare future wording is a target (`context.ts`).
 */
export const CYRILLIC_BUDGET_LAW = words(
  // "бюджет Алматы на 2027 год": a city's or body's name may stand between
  'проект\\p{L}*\\s+(?:[\\p{L}«"]+\\s+){0,3}бюджет\\p{L}*|бюджет\\p{L}*\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?на\\s+(?:19|' +
    '20)\\d\\d|бюджет\\p{L}*\\s+жоба\\p{L}*|(?:19|' +
    '20)\\d\\d(?:[–-](?:19|20)\\d\\d)?\\s+жылдар\\p{L}*\\s+' +
    'арналған\\s+(?:\\p{L}+\\s+)?бюджет\\p{L}*|' +
    // "бюджет на следующий год", "келесі жылға арналған бюджеті"
    'бюджет\\p{L}*\\s+на\\s+(?:следующий|будущий|предстоящий)\\s+год|' +
    '(?:келесі|(?:19|20)\\d\\d)\\s+жыл\\p{L}*\\s+арналған\\s+(?:\\p{L}+\\s+)?бюджет\\p{L}*',
);

/**
 * Grants, quotas and places allocated for study, per language: "образовательных грантов",
 * "госзаказ", "бюджетных мест", "білім гранттары", "state educational grants". Allocated for an
 * academic year still to come, they are a plan (the gold README, Kind, 7 December 2026).
 */
export const STUDY_ALLOCATION: Readonly<Record<Language, RegExp | null>> = {
  en: /\b(?:grants?|(?:state-funded|budget-funded|tuition-free)\s+places)\b/i,
  ru: words(
    'грант\\p{L}*|госзаказ\\p{L}*|(?:государственн\\p{L}*\\s+)?образовательн\\p{L}*\\s+заказ\\p{L}*|бюджетн\\p{L}*\\s+мест\\p{L}*',
  ),
  kk: words('грант\\p{L}*|мемлекеттік\\s+білім\\s+беру\\s+тапсырыс\\p{L}*'),
  other: null,
};

/**
 * A text about higher education and admission, in any of the three languages: its grants are
 * study grants, not a business's or a researcher's.
 */
export const ABOUT_STUDY = words(
  'universit(?:y|ies)|students?|academic\\s+year|bachelor\\p{L}*|вуз\\p{L}*|студент\\p{L}*|бакалавриат\\p{L}*|магистратур\\p{L}*|абитуриент\\p{L}*|учебн\\p{L}*\\s+год\\p{L}*|ЖОО|жоғары\\s+оқу\\s+орн\\p{L}*|оқу\\s+жыл\\p{L}*|ҰБТ|ЕНТ',
);
