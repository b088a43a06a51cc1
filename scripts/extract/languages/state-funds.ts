/**
 * State funds whose transfers to a budget are their own payouts (gold README, Entity rule 5,
 * fourth session: "transfers from a state fund … are the fund's own payouts (rule 2), also where
 * they go to the budget"), by their names in English, Russian and Kazakh, and the words that say
 * a transfer. Data only; `fundTransferOwner` in owner.ts reads it.
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
