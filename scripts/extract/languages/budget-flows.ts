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
  /^(?:spending|expenditures?|outlays|расход(?:ы|ов)?|шығыс(?:тар|тары|ы)?|шығын(?:ы|дар|дары)?)$/iu;

/** A budget's inflow, as a bare noun. */
export const REVENUE_NOUN =
  /^(?:revenues?|receipts|доход(?:ы|ов)?|поступлени(?:я|й)|кіріс(?:тер|тері|і)?|түсімдер(?:і)?)$/iu;

/** What opens a clause before its subject: "and spending …", "а расходы …", "ал шығыстар …". */
export const CLAUSE_OPENER = /^(?:and|while|whereas|but|а|и|но|ал|және)$/iu;

/** What may stand between a flow noun and its figure: "spending at", "расходы –", "шығысы". */
export const FLOW_GAP =
  /^\s*(?:at|of|to|was|were|is|are|stood\s+at|reached|amounted\s+to|totall?ed|составил[иа]?|составят|[-–—:])?\s*(?:about|around|nearly|almost|over|some|roughly|approximately|more\s+than|less\s+than|около|более|свыше|почти|порядка|шамамен)?\s*$/iu;

/** A word after a flow noun that makes it a purpose's spending or a source's revenue: "on", "на". */
export const FLOW_OBJECT = /^(?:on|for|from|of|на|из|от|по)$/iu;
