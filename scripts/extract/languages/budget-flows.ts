/**
 * The bare nouns of a budget's two flows, in English, Russian and Kazakh: in a passage about a
 * budget, "spending at 29.6 trillion", "Расходы исполнены в сумме 17,9 трлн", "Шығыстар 25,3 трлн
 * теңге" are the budget's expenditure, "revenues of …", "доходы – …", "кірісі …" its revenue.
 * Data only; `budgetFlow` in metric-phrase.ts reads it.
 */

/** A word that names a budget: a paragraph or headline with one speaks of a budget's flows. */
export const BUDGET_WORD = /\bbudget|(?<![\p{L}])бюджет/iu;

/** A budget's outflow, as a bare noun. */
export const EXPENDITURE_NOUN =
  /^(?:spending|expenditures?|outlays|расход(?:ы|ов|ами)?|шығыс(?:тар|тары|ы)?|шығын(?:ы|дар|дары)?)$/iu;

/** A budget's inflow, as a bare noun. */
export const REVENUE_NOUN =
  /^(?:revenues?|receipts|доход(?:ы|ов|ами)?|поступлени(?:я|й)|кіріс(?:тер|тері|і)?|түсімдер(?:і)?)$/iu;

/** What opens a clause before its subject: "and spending …", "а расходы …", "ал шығыстар …". */
export const CLAUSE_OPENER = /^(?:and|while|whereas|but|а|и|но|ал|және)$/iu;

/** A preposition before a flow noun, not a modifier of it: "принят с доходами 448 млрд". */
export const FLOW_PREPOSITION = /^(?:с|со)$/iu;

/** What may stand between a flow noun and its figure: "spending at", "расходы –", "шығысы". */
export const FLOW_GAP =
  /^\s*(?:at|of|to|was|were|is|are|stood\s+at|reached|amounted\s+to|totall?ed|составил[иа]?|составят|[-–—:])?\s*(?:about|around|nearly|almost|over|some|roughly|approximately|more\s+than|less\s+than|около|более|свыше|почти|порядка|шамамен)?\s*$/iu;

/** A word after a flow noun that makes it a purpose's spending or a source's revenue: "on", "на". */
export const FLOW_OBJECT = /^(?:on|for|from|of|на|из|от|по)$/iu;

/** Words that make a passage one about spending money: a figure "for" something in it is spent on it. */
export const SPENDING_CONTEXT =
  /\b(?:budget|spending|expenditures?|allocat\w*|earmark\w*|provides\s+for)\b|(?<![\p{L}])(?:бюджет|расход|выдел|предусмотр|заложен|направ|шығыс|бөлін|бөлд|қарастырыл|көздел|бағыттал)/iu;

/** English: "540 billion tenge for public transport", "will go to road repair", "X will receive". */
export const FOR_PURPOSE_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:will\s+go\s+|is\s+earmarked\s+|are\s+earmarked\s+)?(?:for|to|towards)\s+(?:the\s+)?$/i;
/**
 * English: the purpose named right after a budget sum, "1.4 trillion tenge for education in 2026",
 * "12 billion will go to road repairs", "3.9 billion manat to healthcare": the purpose's words up
 * to a preposition, a conjunction or a clause's end.
 */
export const PURPOSE_NAMED_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:will\s+go\s+|goes\s+|went\s+|is\s+earmarked\s+|are\s+earmarked\s+)?(?:for|to|towards)\s+(?:the\s+)?(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}?)(?=\s*(?:[,;.)]|$)|\s+(?:in|by|and|while|whereas|but|from|over|this|next|until)\b)/u;
/** Words after "for" or "to" that are no purpose: "for the first time", "to the budget". */
export const NOT_A_PURPOSE =
  /^(?:first|second|third|last|next|same|whole|entire|time|year|years|period|months?|quarters?|budgets?|funds?|state|government|people|residents|citizens|each|every|all|a|an|its|their|his|her)\b/i;
export const RECEIVES_AFTER =
  /^\s*(?:and\s+[\p{L} ]{1,30}?\s+)?(?:will\s+)?(?:receive|get|be\s+allocated)\b/iu;

/**
 * Russian: "на образование предусмотрено", a purpose after "на"; not a share ("пришлось на
 * промышленность", "приходится на") nor a place ("на специальностях", prepositional).
 */
export const RUSSIAN_FOR = /(?:^|[\s(«"])на\s+$/iu;
export const RUSSIAN_NOT_FOR = /(?:приход\p{L}*|пришл\p{L}*|пришёл\p{L}*)\s+на\s+$/iu;
export const RUSSIAN_PREPOSITIONAL = /(?:ах|ях)$/iu;
/** "на долю Алматы": a share, not a purpose. */
export const RUSSIAN_SHARE_OF = /^дол[юи]/iu;
/** English verbs of money coming in: "raised $12 million for expansion" is not spending. */
export const MONEY_IN =
  /\b(?:raised|raises|attracted|received|earned|borrowed|collected|secured)\b/i;

/** Kazakh: a purpose in the dative ("білім беруге", "құрылысына") with a verb of allocating. */
export const KAZAKH_DATIVE = /(?:ға|ге|қа|ке|на|не)$/u;
export const KAZAKH_ALLOCATES =
  /(?<![\p{L}])(?:бөлін|бөлд|бөлу|қарастырыл|көздел|жұмсал|бағыттал)/iu;

/**
 * Russian and Kazakh: what a budget as such is measured by, as in English (`budgetMeasure`).
 * Money going into it, or its revenue written beside it, is its revenue: "в бюджет поступило",
 * "бюджет утвержден с доходами в …", "бюджетке түсті". A budget approved or drawn up at a sum is
 * its size, what it spends: "Бюджет области утвержден в объеме", "бюджеті … бекітілді".
 */
export const CYRILLIC_BUDGET_IN =
  /(?<![\p{L}])(?:поступ\p{L}*|собран\p{L}*|собрал\p{L}*|с\s+доход\p{L}*|по\s+доход\p{L}*|түсті|түскен|түсім\p{L}*|кіріс\p{L}*)(?![\p{L}])/iu;
export const CYRILLIC_BUDGET_SIZE =
  /(?<![\p{L}])(?:утвержд\p{L}*|утверд\p{L}*|принят\p{L}*|сверстан\p{L}*|в\s+объеме|в\s+объёме|бекіт\p{L}*|көлемінде)(?![\p{L}])/iu;

/**
 * English: a country's own budget named as such ("the republican budget", "the state budget"): in
 * a text about one of its cities or regions, its figures are the country's, not the city's; not
 * where it only sends or receives money ("transfers from the republican budget"), a city's flow.
 */
export const NATIONAL_BUDGET =
  /(?<!\b(?:from|to|into|by)\s+the\s+)\b(?:republican|national|state|federal)\s+budget\b/i;

/**
 * Local budgets as a whole, in the plural ("transfers to local budgets", «местным бюджетам»,
 * «жергілікті бюджеттерге»): the country's, also in a text about one of its cities (gold README,
 * Entity rule 5, fifth session); one city's "local budget" is its own.
 */
export const LOCAL_BUDGETS_ALL =
  /\b(?:local|regional)\s+(?:government\s+)?budgets\b|(?<![\p{L}])(?:местн\p{L}*\s+бюджет(?:ам|ов|ах|ы)|жергілікті\s+бюджеттер\p{L}*)(?![\p{L}])/iu;

/**
 * A budget's or draft's assumption of a price or rate (gold README, Entity rule 5, fourth
 * session): "the draft is based on a Brent price of $60", "the budget assumes", «основан на цене
 * нефти», «исходит из цены», «заложена на уровне», «сверстан исходя из», «…-ға негізделген».
 */
export const ASSUMPTION_VERB =
  /\b(?:assum(?:e|es|ed|ing|ption|ptions)|(?:is|are|was|were|been)\s+based\s+on|premised\s+on|built\s+on)\b|(?<![\p{L}])(?:основан\p{L}*\s+на|исход\p{L}*\s+из|исходя\s+из|заложен\p{L}*|сверстан\p{L}*|предпосылк\p{L}*|принят\p{L}*\s+на\s+уровне|негізделген|негізге\s+алын\p{L}*|ескерілген)(?![\p{L}])/iu;
