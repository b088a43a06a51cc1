/**
 * State funds whose transfers to a budget are their own payouts (gold README, Entity rule 5,
 * fourth session: "transfers from a state fund … are the fund's own payouts (rule 2), also where
 * they go to the budget"), and whose assets, revenue and returns are their own (fifth session),
 * by their names in English, Russian and Kazakh, and the words that say a transfer or the fund's
 * own stock and inflows. Data only; `fundTransferOwner` in owner.ts reads it.
 */

/** A state fund: the one name the gold gives it, and the names a text writes it by. */
export interface StateFund {
  /** The entity, as `canonicalEntity` reads it. */
  entity: string;
  /** Its names in any of the three languages, in any grammatical case. */
  names: RegExp;
}

export const STATE_FUNDS: readonly StateFund[] = [
  {
    entity: 'National Fund',
    names:
      /\bNational\s+Fund\b|(?<![\p{L}])(?:[Нн]ациональн\p{L}*\s+фонд\p{L}*|[Нн]ацфонд\p{L}*|Ұлттық\s+қор(?:\p{L}*))(?![\p{L}])/u,
  },
  {
    entity: 'SOFAZ',
    names:
      /\bSOFAZ\b|\bState\s+Oil\s+Fund\b|(?<![\p{L}])(?:ГНФАР|[Гг]осударственн\p{L}*\s+нефтян\p{L}*\s+фонд\p{L}*|Мемлекеттік\s+мұнай\s+қор\p{L}*)(?![\p{L}])/u,
  },
  {
    entity: 'UAPF',
    names:
      /\b(?:UAPF|ENPF|Unified\s+Accumulative\s+Pension\s+Fund)\b|(?<![\p{L}])(?:ЕНПФ|БЖЗҚ|[Ее]дин\p{L}*\s+накопительн\p{L}*\s+пенсионн\p{L}*\s+фонд\p{L}*|Бірыңғай\s+жинақтаушы\s+зейнетақы\s+қор\p{L}*)(?![\p{L}])/u,
  },
];

/**
 * "The fund", "the oil fund", "the sovereign fund": the one state fund a text has named, written
 * again without its name (gold README, Entity rule 5, fifth session: the fund's assets, revenue,
 * returns and transfers are its own, also where the sentence calls it "the fund").
 */
export const FUND_ANAPHORA = /\b[Tt]he\s+(?:(?:oil|wealth|sovereign|state)\s+)?fund\b/u;

/** A fund's name written as a possessive ("the fund's equity share"): what follows is its own. */
export const FUND_POSSESSIVE = /^['’]s\s/u;

/** A transfer, as a noun or a verb: "transfers", "plans to transfer", «трансферт», «трансферттер». */
export const TRANSFER_WORD = /\btransfer(?:s|red|ring)?\b|(?<![\p{L}])трансферт\p{L}*/iu;

/**
 * The kinds of transfer only a state fund pays a budget (Kazakhstan's National Fund pays a
 * guaranteed and a targeted one): "The guaranteed transfer is fixed at …" after a sentence that
 * names the fund is the fund's, also where that sentence did not speak of transfers.
 */
export const FUND_TRANSFER_KIND =
  /\b(?:guaranteed|targeted)\s+transfers?\b|(?<![\p{L}])(?:гарантированн\p{L}*|целев\p{L}*|кепілдендірілген|нысаналы)\s+трансферт\p{L}*/iu;

/**
 * A budget's revenue written without the fund's transfers ("excluding transfers from the National
 * Fund", «без учёта трансфертов», «трансферттерді есепке алмағанда»): the country's, not the fund's.
 */
export const TRANSFERS_EXCLUDED =
  /\b(?:excluding|excludes?|net\s+of|without|other\s+than|apart\s+from|besides)\s+(?:the\s+)?(?:\p{L}+\s+)?transfers?\b|(?<![\p{L}])(?:без\s+уч[её]та\s+трансферт|кроме\s+трансферт|трансферт\p{L}*\s+(?:есепке\s+алмағанда|қоспағанда|есептемегенде))/iu;

/** Transfers to local budgets: the state budget's own, not a fund's. */
export const LOCAL_BUDGETS =
  /\b(?:local|regional)\s+budgets?\b|(?<![\p{L}])(?:местн\p{L}*\s+бюджет|региональн\p{L}*\s+бюджет|жергілікті\s+бюджет)/iu;

/**
 * A fund's own stock and inflows (gold README, Entity rule 5, fifth session): its assets, the
 * revenue paid into it, its returns ("the National Fund's assets", «активы Национального фонда»,
 * «поступления в Нацфонд», «Ұлттық қордың активтері»). Read with a fund's name beside it.
 */
export const FUND_OWN_MEASURE =
  /\b(?:assets|inflows|returns?|investment\s+income|revenues?\s+(?:flowing\s+|paid\s+)?into)\b|(?<![\p{L}])(?:актив\p{L}*|поступлени\p{L}*|доходност\p{L}*|инвестиционн\p{L}*\s+доход\p{L}*|түсім\p{L}*|табыстылы\p{L}*)/giu;

/**
 * What may stand between a fund's own measure and its name: "assets of the", "поступления в",
 * "National Fund's"; a few short words, no figure, no clause break.
 */
export const FUND_MEASURE_GAP = /^[^\d,;:.]{0,24}$/u;

/**
 * A fund's measure counted in a larger whole ("reserves, including the assets of the State Oil
 * Fund, exceeded $80 billion", «резервы, включая активы Нацфонда»): the whole's figure, not the fund's.
 */
export const FUND_MEASURE_INCLUDED =
  /(?:\b(?:including|incl\.|together\s+with|along\s+with)|(?<![\p{L}])(?:включая|в\s+том\s+числе|с\s+учетом|с\s+учётом|вместе\s+с|оның\s+ішінде|қоса\s+алғанда))\s+(?:the\s+)?$/iu;
