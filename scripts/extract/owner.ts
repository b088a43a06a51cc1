/**
 * Whose figure an English clause says it is (rules 1, 2 and 4 of the gold README's Entity
 * section): the owner of what is measured, read from the clause's grammar, before the place a
 * figure merely happens in or the text's subject. Pure.
 */
import { escapeRegExp } from './escape.ts';
import { FORECASTER, NO_NAME, STAFF_AFTER } from './context.ts';
import { ITS_FORECAST, REVISES, SAYS } from './languages/saying-verbs.ts';
import { STATE_BODY } from './languages/state-bodies.ts';
import { CLAUSE_BREAK_SOURCE } from './languages/clauses.ts';
import { ASSUMPTION_VERB, BUDGET_WORD } from './languages/budget-flows.ts';
import { KAZAKH_PERIODS, RUSSIAN_PERIODS } from './languages/cyrillic-periods.ts';
import {
  FUND_ANAPHORA,
  FUND_POSSESSIVE,
  FUND_TRANSFER_KIND,
  FUND_MEASURE_GAP,
  FUND_MEASURE_INCLUDED,
  FUND_OWN_MEASURE,
  LOCAL_BUDGETS,
  STATE_FUNDS,
  type StateFund,
  TRANSFER_WORD,
  TRANSFERS_EXCLUDED,
} from './languages/state-funds.ts';
import {
  CAPITALS,
  findPlaces,
  NEIGHBOUR_CITIES,
  ORGANISATION_KINDS,
  ORGANISATIONS,
} from './entities.ts';
import {
  COMMODITY_WORDS,
  COMMODITY_WORDS_EITHER_CASE,
  NAMES_A_COMMODITY,
} from './languages/commodities.ts';
import type { Token } from './noun-phrases.ts';

const NEIGHBOUR_CITY: ReadonlySet<string> = new Set(NEIGHBOUR_CITIES);

/** A capitalised name of up to four words: "Samsung", "Ala-Too Gold", "Kaspi.kz". */
const NAME = String.raw`\p{Lu}[\p{L}\d&-]*(?:\.[\p{L}\d]+)*(?:[ \t]+\p{Lu}[\p{L}\d&-]*){0,3}`;
/** Where a clause starts: the owner of one clause's figures is not the next one's. */
const CLAUSE_START = new RegExp(String.raw`${CLAUSE_BREAK_SOURCE}|\s(?:while|whereas)\s`, 'g');
/** "BISHKEK, Nov 12 (Agency) - ": a dateline before a lead sentence. */
const DATELINE_HEAD = /^\p{Lu}[\p{L} .-]{1,30},[^–—]{0,40}?\s[-–—]\s+/u;
/** Words that open sentences and are no one's name. */
const NO_OWNER =
  /^(?:The|A|An|This|That|These|Those|It|Its|Their|His|Her|Our|We|They|He|She|In|On|At|By|For|Of|From|With|As|After|Before|Since|Last|Next|Today|Yesterday|Tomorrow|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|H[12])(?:-\S*)?$/;
/**
 * "The capital's budget", "approved the capital's budget with revenues of", "an apartment in the
 * capital costs": the city a country's text calls its capital, as the owner or the place of the
 * clause's measure; not the capital of finance ("capital markets", "in the capital expenditure").
 */
const NATION_AFTER = /\b(?:nationwide|nationally|countrywide|national|the\s+country)\b/i;
const CAPITAL_NAMED =
  /\bthe\s+capital['’]s\s|\b(?:in|across)\s+the\s+capital\b(?!\s+(?:markets?|expenditures?|investments?|goods|flows?|gains?|adequacy|outflows?|inflows?|requirements?|base|stock|of\b))/i;
/** "Delta Minerals, which produced …": a name, then a relative clause opening with its verb. */
const WHICH_OPENING = new RegExp(
  String.raw`^\s*(?:[Tt]he\s+)?(${NAME}),\s+which\s+(\p{Ll}+)\b`,
  'u',
);
/** Common nouns a company's own release capitalises ("the Board", "the Group", "the Company"). */
const GENERIC_BODY =
  /^(?:Board|Company|Group|Management|Holding|Corporation|Firm|Issuer|Bank|Fund|Operator|Lender|Shareholders?|Directors?)$/;
/** What an economy's forecast measures, in the words before "forecast": "its 2026 GDP growth". */
const ECONOMY_FORECAST =
  /\b(?:growth|GDP|inflation|deficit|rate|rates|tenge|currency|exchange|unemployment|economy|economic)\b/i;
/** The last word of an organisation's name, for "of" and "from" ("the assets of the Delta Fund"). */
const ORGANISATION_WORD =
  'Fund|Bank|Group|Holdings?|Company|Corporation|Capital|Partners|Mining|Gold|Energy|Telecom|Mobile|Airways|Airlines|Railways|Park|Hub|Technopark|Valley|Exchange|Insurance';
const ORGANISATION_END = new RegExp(String.raw`\b(?:${ORGANISATION_WORD})$`);
/** A price quoted per ounce, barrel or bushel: a world market's, whoever sells at it (rule 4). */
const WORLD_PRICE_AFTER = /^\s*(?:an?|per)\s+(?:troy\s+)?(?:ounce|barrel|bushel)\b/i;
/** A price per tonne, a world market's only when an exchange quotes it ("Paris-traded wheat"). */
const TONNE_PRICE_AFTER = /^\s*(?:an?|per)\s+(?:metric\s+)?(?:tonne|ton)\b/i;
/** Words that say an exchange quotes a price: its futures, a benchmark, an exchange's name. */
const EXCHANGE_QUOTED =
  /\b(?:futures|benchmark|CBOT|Euronext|Matif|LME|London\s+Metal\s+Exchange|Comex)\b|\b\p{L}+-traded\b/u;

/** A world market's price as the subject before a figure: "Brent crude averaged", "gold prices that". */
const WORLD_MARKET_BEFORE = new RegExp(
  String.raw`(?:^|[,:]\s+|\bby\s+|\)\s+[-–—]\s+)(?:[Tt]he\s+)?(?:Brent|WTI|(?:world|global)\s+(?:${COMMODITY_WORDS})\s+prices|(?:${COMMODITY_WORDS_EITHER_CASE})\s+(?:spot\s+)?prices?)\b(?:\s+crude)?\s+(?:that\s+)?(?:averaged|stood|traded|fell|rose|dropped|climbed|were|was|will\s+average|(?:is|are)\s+(?:seen|expected|forecast)\s+(?:to\s+average|averaging))\b`,
);
/** "a 10% fall in oil prices": a change of a world market's price. */
const WORLD_MARKET_AFTER = new RegExp(
  String.raw`^\s+(?:fall|drop|decline|rise|increase)\s+in\s+(?:world\s+|global\s+)?(?:${COMMODITY_WORDS})\s+prices\b`,
);
/** "The budget assumes an oil price of", "is based on": a price a plan is built on. */
const ASSUMED = /\b(?:budget|forecast)\b.*\b(?:assum\w*|based\s+on|premised\s+on)\b/i;
/** Benchmarks that are the world market's by name. */
const WORLD_BENCHMARK = /\b(?:Brent|WTI|LME|London\s+Metal\s+Exchange|Comex)\b/;

/**
 * A frame of place or time that opens a clause before its subject, up to its comma: "At the
 * Khorgos dry port on the Chinese border, ", "In the first half, ". Not one whose words hold a
 * figure or a verb's object ("In 2025, 40 firms …" opens with its figure after the comma anyway).
 */
const FRAME_OPENING =
  /^\s*(?:At|In|On|Across|Near|Outside|Within|Over|During)\s+(?:the\s+)?[^,;:\d]{2,60},\s+(?=\p{Lu})/u;

/** What a document lets the owner reading look up once: its subject and its lower-case words. */
export interface OwnerContext {
  /** The text's subject: a short name of it ("Delta" for "Delta Bank") is the subject. */
  subject: string;
  /** Whether `word`, lower-cased, is written in lower case somewhere in the text. */
  lowerCase: (word: string) => boolean;
  /** Whether the text writes `name` after a word in lower case ("ahead of Apple"). */
  namedMidSentence: (name: string) => boolean;
  /** The organisation the text is about, if it is about one: "the company" further on. */
  organisation: string;
  /** Whether the text writes `name` after a person's title ("President Tokayev"). */
  person: (name: string) => boolean;
  /** The whole text: the fuller name it gives a body it later names short ("the Central Bank"). */
  text?: string;
}

/**
 * The owner the clause of the figure at [at, atEnd) of `sentence` names, or '' when it names
 * none this reading trusts, in this order (`namedBefore` gives, in a text about no organisation,
 * the one of a kind, "bank", the text named last before the figure):
 * - a price per ounce, barrel or bushel, or per tonne where an exchange quotes it → 'World';
 * - "ahead of Apple with 17.1%": the name the figure is given with;
 * - the name the clause opens with: the owner of its subject ("Transsion's shipments doubled",
 *   "Osh's population passed 300,000"), or its subject when the verb follows ("Samsung kept a
 *   19.8% share", "Tashkent, by comparison, has a budget of", "Delta Gold, the country's largest
 *   miner, said it produced"), unless the verb is one of saying (without "it" after it);
 * - "the assets of the Delta Fund stood at", "transfers from the Delta Fund reached": an
 *   organisation after "of" or "from" before the figure.
 * Never a state body or a forecaster (a source, rule 3), a person, or a place a table knows (the
 * table's places are `entityFor`'s). One word is a name only when tagged a proper noun and never
 * written in lower case in the text; as a verb's subject, also written after a word in lower case
 * somewhere ("ahead of Apple").
 *
 * @example clauseOwner('Samsung kept a 19.8% share.', 15, 20, ctx, tokens) // 'Samsung'
 */
export function clauseOwner(
  sentence: string,
  at: number,
  atEnd: number,
  context: OwnerContext,
  tokens: () => readonly Token[],
  namedBefore: (kind: string) => string = () => '',
): string {
  // an oil price a budget assumes is one of the budget's parameters (rule 3), not a market's
  if (
    WORLD_PRICE_AFTER.test(sentence.slice(atEnd, atEnd + 20)) &&
    (WORLD_BENCHMARK.test(sentence.slice(0, at)) || !ASSUMED.test(sentence.slice(0, at)))
  )
    return 'World';
  if (
    TONNE_PRICE_AFTER.test(sentence.slice(atEnd, atEnd + 20)) &&
    EXCHANGE_QUOTED.test(sentence.slice(0, at))
  )
    return 'World';
  const head = sentence.slice(0, at);
  // "Brent crude averaged $68 …, about 9% below", "gold prices that averaged $3,380 an ounce,
  // compared with $2,640", "a 10% fall in oil prices": a world market's price and its change
  if (
    WORLD_MARKET_BEFORE.test(
      head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf('.') + 1)),
    ) ||
    WORLD_MARKET_AFTER.test(sentence.slice(atEnd, atEnd + 40))
  )
    return 'World';
  // "The State Oil Fund of Azerbaijan (SOFAZ) had assets of": the name the text goes on to use
  const defined = DEFINED_OPENING.exec(head);
  // …not in a relative clause about a later noun (", which will account for 30% of revenues")
  // "… (SOFAZ) said its assets rose": a body that says its own figure owns it
  const saysOwn = defined && /^\s+(?:that\s+)?(?:it|its)\b/.test(head.slice(defined[0].length));
  if (
    defined &&
    (!SAYS.test(defined[3]!) || saysOwn) &&
    !/,\s+which\b/.test(head.slice(defined[0].length))
  ) {
    const whole = defined[1]!.replace(ARTICLE, '');
    const verb = tokens().find((t) => t.start === defined[0].length - defined[3]!.length);
    if (
      (verb?.pos === 'VERB' || verb?.pos === 'AUX') &&
      !STATE_BODY.test(whole) &&
      !FORECASTER.test(whole) &&
      !isKnownPlace(whole)
    )
      return defined[2]!;
  }
  // "The ADB resident mission in Tashkent employs 74 staff": a forecaster's own offices and staff
  // are its own, wherever they are (rule 3)
  const office = FORECASTER_OFFICE.exec(head);
  if (office && FORECASTER.test(office[1]!)) return ownFigures(office[1]!, undefined, context);
  const own = OWN_OPENING.exec(head);
  if (own) {
    const named = ownFigures(own[1]!, own[2], context);
    if (named) return named;
  }
  const starts = [DATELINE_HEAD.exec(head)?.[0].length ?? 0];
  for (const match of head.matchAll(CLAUSE_START))
    if (match.index >= starts[0]!) starts.push(match.index + match[0].length);
  // ", and raised its guidance to …": a clause that opens with its verb shares the subject before
  let which = starts.length - 1;
  // …and ", and 1.18 million home broadband customers": a clause that opens with its figure is
  // the object of the verb before, in a text about an organisation its subject's
  if (which > 0 && context.organisation && /^\s*$/.test(head.slice(starts[which]!))) which -= 1;
  // …and ", while its net profit fell": "its" is the owner the clause before names
  while (
    which > 0 &&
    (ITS_OPENING.test(head.slice(starts[which]!)) || opensWithVerb(head, starts[which]!, tokens))
  )
    which -= 1;
  // "At the Khorgos dry port on the Chinese border, Khorgos Gateway handled …": a frame of place
  // or time before the clause's subject is no part of it
  const from = starts[which]! + (FRAME_OPENING.exec(head.slice(starts[which]!))?.[0].length ?? 0);
  const clause = head.slice(from);
  const owner = (name: string, start: number, strict = false): string =>
    isOwnerName(name, from + start, context, tokens, strict) ? ownerName(name, context) : '';
  // "The capital's local budget is set at …", "a flat in the capital costs": the capital of the
  // country the text is about owns its own budget, output and prices (rule 1), unless the clause
  // names the nation after the figure ("against 8% nationwide")
  if (
    CAPITAL_NAMED.test(clause) &&
    CAPITALS[context.subject] &&
    !NATION_AFTER.test(sentence.slice(atEnd, atEnd + 60).split(/[;,]/)[0]!)
  )
    return CAPITALS[context.subject]!;
  // "Delta Minerals, which produced 390,000 tonnes": a name whose relative clause holds the figure
  const relative = WHICH_OPENING.exec(clause);
  if (relative && !SAYS.test(relative[2]!)) {
    const named = owner(relative[1]!, relative[0].indexOf(relative[1]!), true);
    if (named) return named;
  }
  // "The Tengri copper mine, operated by Delta, produced 90,000 tonnes": the site's own output
  const site = SITE_OPENING.exec(clause);
  if (site && !NEVER_VERB.test(`${site[2]!} `)) {
    const named = owner(site[1]!, site[0].indexOf(site[1]!));
    if (named) return named;
  }
  // "The miner employs 4,800 people": the text's organisation, by what kind it is; in a text
  // about none, "the bank approved 38 projects" is the bank the text named last (rule 2; rule 3:
  // a forecaster's own lending is its own), unless the bank only says the figure
  // "The bank's own loan portfolio in Central Asia reached": what a body says is its own is its own,
  // the text's organisation or, in a text about none, the one of the kind it named last (rule 2)
  const ownKind = KIND_OWN.exec(clause);
  if (ownKind) {
    const named = context.organisation || namedBefore(ownKind[1]!.toLowerCase());
    if (named) return named;
  }
  const kind = KIND_OPENING.exec(clause);
  // "The operator said it had invested": a body that says its own figure owns it
  const saysItsOwn = (at: number): boolean => /^\s+(?:that\s+)?(?:it|its)\b/.test(clause.slice(at));
  // "The bank forecasts the copper price to average …", "the bank estimates that data centres
  // will consume …": a forecaster saying a figure is its source (rule 3), in a text about it too
  const saysOthers = kind !== null && SAYS.test(kind[2]!) && !saysItsOwn(kind[0].length);
  const named = kind
    ? (saysOthers && FORECASTER.test(context.organisation) ? '' : context.organisation) ||
      (saysOthers ? '' : namedBefore(kind[1]!.toLowerCase()))
    : '';
  if (kind && named) {
    const verb = tokens().find((t) => t.start === from + kind[0].length - kind[2]!.length);
    if (verb?.pos === 'VERB' || verb?.pos === 'AUX') return named;
  }
  // "its subsidiary UniVision had", "the bank's Uzbek subsidiary, Delta Tashkent, doubled"
  const subsidiary = SUBSIDIARY.exec(clause);
  if (subsidiary) {
    const named = owner(subsidiary[1]!, subsidiary[0].length - subsidiary[1]!.length);
    if (named) return named;
  }
  // "The Group's market shares in Georgia were 39.8%": in a text about an organisation, what a
  // kind of organisation owns is the text's organisation's, wherever it is (rule 2)
  if (context.organisation && KIND_POSSESSIVE.test(clause)) return context.organisation;
  // "The largest lender, state-owned Delta Bank, issued …", "Mobile operator Orvanta plans …": a
  // name after the words that describe it, and the verb it is the subject of
  const described = DESCRIBED_NAME.exec(clause);
  if (described) {
    const name = described[1] ?? described[3]!;
    const verb = described[2] ?? described[4]!;
    const verbStart = from + described[0].length - verb.length;
    const verbToken = tokens().find((t) => t.start === verbStart);
    // "plans to", "aims to": a verb the tagger may read as a plural noun
    const toVerb =
      /^\p{Ll}+s$/u.test(verb) && /^\s+to\s/.test(clause.slice(verbStart - from + verb.length));
    if ((verbToken?.pos === 'VERB' || verbToken?.pos === 'AUX' || toVerb) && !SAYS.test(verb)) {
      const named = owner(name, described[0].lastIndexOf(name, verbStart - from));
      if (named) return named;
    }
  }
  // "ahead of Apple with 17.1%"
  const given = GIVEN_BEFORE.test(clause) ? GIVEN_WITH.exec(clause) : null;
  if (given) return owner(given[1]!, given.index);
  // "the assets of the Delta Fund", "output at the Tengri mine"
  const ofOrganisation = (): string => {
    let ofName: RegExpExecArray | null = null;
    if (!OF_THE_NAME.test(clause)) return '';
    OF_ORGANISATION.lastIndex = 0;
    for (let match; (match = OF_ORGANISATION.exec(clause));) ofName = match;
    const ofOwner = ofName?.[1] ?? ofName?.[2];
    if (
      ofName &&
      ofOwner &&
      (ofName[1] || ORGANISATION_END.test(ofOwner) || ORGANISATIONS.has(ofOwner))
    )
      return owner(ofOwner, ofName.index + ofName[0].indexOf(ofOwner, 3));
    return '';
  };
  const opening = OPENING.exec(clause);
  if (opening) {
    const [whole, name, possessive, verb, it] = opening;
    const start = whole.indexOf(name!);
    // "The Delta Bank's chief economist said …": the owner's staff say, they do not own (rule 3)
    const staff = possessive && STAFF_AFTER.test(clause.slice(start + name!.length + 2));
    const owned = possessive && !staff ? owner(name!, start) : '';
    if (owned) return owned;
    const verbAt = verb === undefined ? -1 : whole.indexOf(verb, start + name!.length);
    // "raised its 2027 Brent forecast to $62", "cut its copper price forecast", "… to $12,500 a
    // ton": a forecast of a benchmark or of a commodity's price is its world market's (rule 4);
    // one of an economy's measures (growth, inflation, a rate) is the economy's, not the
    // forecaster's (rule 3); one of the body's own output or revenue stays its own (rule 2)
    const forecast =
      verb !== undefined && REVISES.test(verb)
        ? ITS_FORECAST.exec(clause.slice(verbAt + verb.length))?.[0]
        : undefined;
    if (forecast !== undefined) {
      const after = sentence.slice(atEnd, atEnd + 20);
      if (
        WORLD_BENCHMARK.test(forecast) ||
        (NAMES_A_COMMODITY.test(forecast) && /\bprices?\b/.test(forecast)) ||
        WORLD_PRICE_AFTER.test(after) ||
        TONNE_PRICE_AFTER.test(after)
      )
        return 'World';
      if (ECONOMY_FORECAST.test(forecast)) return '';
    }
    // the opening word is tagged last: most openings name no one, or a verb of saying follows
    if (verb !== undefined && (!SAYS.test(verb) || it)) {
      const verbStart = from + verbAt;
      const isVerb = (): boolean => {
        const verbToken = tokens().find((t) => t.start === verbStart);
        return verbToken?.pos === 'VERB' || verbToken?.pos === 'AUX';
      };
      // "Azercell, the country's largest mobile operator, reported": an apposition that says
      // what kind of organisation the name is makes one word a name without more evidence
      // …and "Samsung led with 19.6%, followed by Apple": a name ranked against named rivals
      // after its figure is one as well (rule 1)
      const described =
        DESCRIBES_ORGANISATION.test(whole.slice(start + name!.length)) ||
        RIVALS_AFTER.test(sentence.slice(atEnd));
      const named = nameVerdict(name!, context, !described);
      // no owner either way: the verb decides only whether an "of" organisation is read instead
      if (!named) {
        const of = ofOrganisation();
        return of && !isVerb() ? of : '';
      }
      if (isVerb()) return owner(name!, start, !described);
    }
  }
  return ofOrganisation();
}

/** The kinds of organisation a clause may open with before a name, in lower case ("insurer"). */
const DESCRIBING_KIND =
  'insurer|operator|lender|miner|carrier|producer|retailer|platform|marketplace|developer|airline|bank|company|subsidiary';
/**
 * A name after the words that describe it, then its verb: set off by commas after "the …" or "its
 * …" ("The largest lender, state-owned Delta Bank, issued"), or after a common noun phrase that
 * opens the sentence ("Mobile operator Orvanta plans", "Sovereign wealth fund Delta owns").
 */
const DESCRIBED_NAME = new RegExp(
  String.raw`^\s*(?:(?:[Tt]he|[Ii]ts)\s+[\p{L}\s-]{1,40}?,\s+(?:[\p{Ll}-]+\s+)?(${NAME}),` +
    String.raw`\s+(?:(?:currently|also|now|still|itself)\s+)?(\p{Ll}+)|` +
    String.raw`(?:\p{Lu}\p{Ll}+(?:\s+(?!(?:of|in|for|at|to|by|with|from|on|the|and|or)\s)[\p{Ll}-]+){1,3}|` +
    // "…, while insurer Halyk Life collected": a clause that opens with the name's kind
    String.raw`(?:[\p{Ll}-]+\s+)?(?:${DESCRIBING_KIND}))\s+(${NAME})` +
    // "Hepsiburada, which Kaspi.kz acquired in 2025, posted": a relative clause about the name
    String.raw`(?:,\s+which\s+[^,;]{1,60},)?` +
    String.raw`\s+(?:(?:currently|also|now|still)\s+)?(\p{Ll}+))`,
  'u',
);
const GIVEN_WITH = new RegExp(String.raw`(${NAME})\s+with\s+(?:an?\s+)?$`, 'u');
/** What `GIVEN_WITH` ends in: tested first, as a name is sought at every capital of the clause. */
const GIVEN_BEFORE = /\swith\s+(?:an?\s+)?$/;
/** The name a clause opens with: its owner's possessive, or its verb's subject. */
const OPENING = new RegExp(
  String.raw`^\s*(?:[Ii]n\s+(?:[\p{Ll}\s-]{2,30}|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?),\s*)?(?:(?:[Aa]nd|[Bb]ut|[Ww]hile)\s+)?` +
    // a sentence adverb before the subject ("Meanwhile, Azercell … reported")
    String.raw`(?:(?:Meanwhile|However|Separately|Elsewhere|Moreover|Additionally|Also),\s+)?` +
    String.raw`(?:[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?)?(${NAME})` +
    String.raw`(?:(['’]s\s)|(?:\s*,[^,;\d]{1,80},)?\s+(?:(?:currently|also|now|still)\s+)?` +
    String.raw`(\p{Ll}+)(?:\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(it|its)\b)?)`,
  'u',
);
/** An apposition after a name that says it is an organisation: ", the country's largest operator,". */
const DESCRIBES_ORGANISATION = new RegExp(
  String.raw`^\s*,[^,;\d]*\b(?:${ORGANISATION_KINDS})\b[^,;\d]*,`,
  'i',
);
/** What every `OF_ORGANISATION` starts with, tested first: its look-behinds are tried everywhere. */
const OF_THE_NAME = /\b(?:of|at)\s+the\s+\p{Lu}/u;
/**
 * An organisation after "of" ("the assets of the Delta Fund"), or a site after "of" or "at" ("output
 * at the Tengri mine"), not inside an exclusion ("excluding transfers of the …") nor counting its
 * members ("residents of the … Park", whose figures `residentsHost` reads).
 */
const OF_ORGANISATION = new RegExp(
  String.raw`(?<!\b(?:excluding|including|except|besides|plus|minus|without)\s+(?:[\p{Ll}-]+\s+){0,2})` +
    String.raw`(?<!\b(?:[Rr]esidents|[Mm]embers|[Uu]sers|[Cc]ustomers|[Cc]lients|[Pp]articipants|[Ss]ubscribers)\s+)` +
    String.raw`\b(?:(?:of|at)\s+the\s+(${NAME})\s+(?:mine|deposit|field|plant|refinery|smelter)|of\s+the\s+(${NAME}))\b`,
  'gu',
);
/**
 * A named site as the subject of its clause: "The Tengri Ridge mine produced", "the Altyn dry port
 * as a whole handled", "The Tengri copper-gold mine, operated by Delta, will produce". Its output
 * is its own (rule 2), not the country's it lies in nor its operator's.
 */
const SITE_OPENING = new RegExp(
  String.raw`^\s*(?:[Ii]n\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,\s*)?(?:[Aa]nd\s+)?[Tt]he\s+(${NAME})\s+` +
    String.raw`(?:[\p{Ll}-]+\s+){0,2}?(?:mine|deposit|oilfield|field|plant|refinery|smelter|port|terminal|railway|pipeline)` +
    String.raw`(?:\s*,[^,;\d]{1,60},)?\s+(?:as\s+a\s+whole\s+|alone\s+)?(?:will\s+|is\s+expected\s+to\s+)?(\p{Ll}+)`,
  'u',
);
/** "The miner employs …", "the lender reported …": the text's organisation, by its kind. */
/**
 * The nouns a text calls its organisation by ("the company", "the lender", "the Group"): one list
 * for the kind readings below; "the Board" and the like are `GENERIC_BODY`, which names no one.
 */
const ORGANISATION_KIND_NOUN =
  'company|group|firm|bank|lender|miner|operator|carrier|insurer|producer|Company|Group';
/** "The …", "and the …" opening a clause. */
const THE_KIND = String.raw`^\s*(?:(?:[Aa]nd|[Bb]ut|[Ww]hile)\s+)?[Tt]he\s+`;
const KIND_OPENING = new RegExp(
  String.raw`${THE_KIND}(${ORGANISATION_KIND_NOUN}|fund|park|hub|mine)\s+(?:(?:currently|also|now|still|itself)\s+)?(\p{Ll}+)`,
  'u',
);
/**
 * "The bank's own loan portfolio", "the bank's portfolio in the country", "the fund's lending to
 * Georgia": what a kind of organisation says is its own, or what only a lender holds (its
 * portfolio, its lending, its projects), wherever it lends (rule 3: a forecaster's own lending).
 */
const KIND_OWN = new RegExp(
  String.raw`${THE_KIND}(${ORGANISATION_KIND_NOUN}|fund)['’]s\s+(?:own\s|(?:[\p{Ll}-]+\s+)?(?:portfolio|lending|loan\s+book|commitments|disbursements|financing|operations)\b)`,
  'u',
);
/** "The Group's market shares", "the company's data centres": what a kind of organisation owns. */
const KIND_POSSESSIVE = new RegExp(
  String.raw`${THE_KIND}(?:${ORGANISATION_KIND_NOUN})['’]s\s`,
  'u',
);
/** "its subsidiary UniVision", "the bank's Uzbek subsidiary, Delta Tashkent,": a subsidiary's name. */
const SUBSIDIARY = new RegExp(
  String.raw`^\s*(?:(?:[Aa]nd|[Bb]ut|[Ww]hile)\s+)?` +
    // "SOCAR said its subsidiary SOCAR Energy Georgia sold": the parent says its subsidiary's figure
    String.raw`(?:[^,;]{0,60}?\s(?:said|says|reported|reports|announced)\s+(?:that\s+)?)?` +
    String.raw`(?:[Tt]he\s+\p{Ll}+['’]s|[Ii]ts)\s+` +
    String.raw`(?:[\p{L}-]+\s+)?(?:subsidiary|unit|affiliate|division|arm)\s*,?\s+(${NAME})`,
  'u',
);

/** A clause whose subject is owned by "its", not its part ("its Georgian unit"): the owner before. */
const ITS_OPENING =
  /^\s*its\s(?!(?:[\p{L}-]+\s+)?(?:subsidiary|subsidiaries|unit|affiliate|division|arm|operations)\b)/u;
/** Words that open a clause and are never a verb: an article, a pronoun, a preposition. */
const NEVER_VERB =
  /^(?:the|an?|its|their|his|her|our|this|these|those|it|we|they|in|on|at|by|of|for|from|with)\s/;

/** Whether the clause at `start` of `head` opens with a verb: its subject is the one before. */
function opensWithVerb(head: string, start: number, tokens: () => readonly Token[]): boolean {
  // the first word, read before any tagging when a space sets it off (a token never spans one):
  // no verb when there is none, or it is not in lower case, or it is a word that is never a verb
  const space = /^\s*/.exec(head.slice(start))![0].length;
  if (space > 0 || /\s/.test(head[start - 1] ?? '')) {
    const word = head.slice(start + space);
    if (!/^\p{Ll}/u.test(word) || NEVER_VERB.test(word)) return false;
  }
  const first = tokens().find((t) => t.start >= start);
  return (
    first !== undefined &&
    first.start < head.length &&
    (first.pos === 'VERB' || first.pos === 'AUX') &&
    /^\p{Ll}/u.test(first.text)
  );
}
/**
 * A sentence that opens with a name and the acronym it defines, then its verb: "The State Oil Fund
 * of Azerbaijan (SOFAZ) had", "Delta Leasing (DL) signed". The acronym is the name the text uses
 * after (rule 2: the name the text mostly uses).
 */
const DEFINED_OPENING = new RegExp(
  // …after the common nouns that describe it ("National railway company Kazakhstan Temir Zholy (KTZ)")
  String.raw`^\s*(?:\p{Lu}\p{Ll}+(?:\s+[\p{Ll}-]+){1,3}\s+(?=\p{Lu}))?((?:[Tt]he\s+)?${NAME}(?:\s+of\s+(?:the\s+)?${NAME})?)\s*\((\p{Lu}[\p{Lu}\d]{1,7})\)` +
    String.raw`\s+(?:(?:currently|also|now|still)\s+)?(\p{Ll}+)`,
  'u',
);

/**
 * A sentence that opens with a body's name and "itself" ("The Central Bank itself reported a net
 * profit of", "Delta itself earned") or a forecaster's name and its lending verb ("In 2025 the
 * ADB committed $2 billion to …", "The World Bank approved $120 million for …"): the body's own
 * figures (rules 2 and 3), not the country it reports on or lends to. A time may come first.
 */
const OWN_OPENING = new RegExp(
  String.raw`^\s*(?:(?:In|By|During|Over|Since)\s+(?:the\s+)?(?:\d{4}|[\p{Ll}\d\s-]{3,30}),?\s+|(?:Last|This)\s+year,?\s+)?` +
    // "The Asian Development Bank (ADB) has approved", "ADB approves … loan" (a headline)
    String.raw`(?:[Tt]he\s+)?(${NAME})(?:\s*\([^()]{1,12}\))?\s+(?:(itself)\s+\p{Ll}+|` +
    String.raw`(?:has\s+)?(?:commit(?:ted|s)|approve[ds]|len(?:t|ds)|disburse[ds]|extend(?:ed|s)|allocate[ds]|sign(?:ed|s))\b)`,
  'u',
);

/** "The ADB resident mission in …", "The World Bank's office in …": a body's office somewhere. */
const FORECASTER_OFFICE = new RegExp(
  String.raw`^\s*(?:[Tt]he\s+)?(${NAME})(?:['’]s)?\s+(?:(?:resident|country|regional|local|representative)\s+)?(?:mission|office)\b`,
  'u',
);

/**
 * Whose own figures `name` opens a sentence with: a forecaster's whether "itself" follows or a
 * lending verb; a state body's or another organisation's only with "itself"; never a place's (a
 * place's figures are its own anyway). The fuller name the text gives a body named short.
 */
function ownFigures(name: string, itself: string | undefined, context: OwnerContext): string {
  const forecaster = FORECASTER.test(name);
  if (!forecaster && !itself) return '';
  if (isKnownPlace(name) || NO_OWNER.test(name.split(/\s+/)[0]!)) return '';
  if (!forecaster && !STATE_BODY.test(name) && !nameVerdict(name, context, true)) return '';
  const written = name.replace(ARTICLE, '');
  // "the Central Bank" where the text says "the Central Bank of Uzbekistan", "Delta" where it
  // says "Delta Bank"
  const fuller = context.text
    ? new RegExp(
        String.raw`\b${escapeRegExp(written)}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+|` +
          String.raw`(?:\s+\p{Lu}[\p{L}-]+)*?\s+(?:${ORGANISATION_WORD}))(?![\p{L}\d-])`,
        'u',
      ).exec(context.text)?.[0]
    : undefined;
  return fuller ?? ownerName(written, context);
}

/**
 * The name a "respectively" list's item is, as the sentence writes it before `before`, when its
 * words are all capitalised and it is no place a table knows, nor a word that opens sentences
 * ("Amazon Web Services, Microsoft and Google held 30%, 22% and 13%"); '' otherwise. A list of
 * such items names whom each figure is about (rule 1), not what it measures.
 *
 * @example listedName('Alpha and Beta Foods held 30% and 22%.', 'beta Foods', 26) // 'Beta Foods'
 */
export function listedName(sentence: string, label: string, before: number): string {
  const head = sentence.slice(0, before);
  const at = head.toLowerCase().lastIndexOf(label.toLowerCase());
  if (at < 0) return '';
  const written = head.slice(at, at + label.length);
  const words = written.split(/\s+/);
  if (!words.every((word) => /^\p{Lu}/u.test(word)) || NO_OWNER.test(words[0]!)) return '';
  if (PERSON_TITLE.test(words[0]!) || STATE_BODY.test(written) || FORECASTER.test(written))
    return '';
  if (NO_NAME.test(words[words.length - 1]!) || isKnownPlace(written)) return '';
  return written;
}

/** Titles before a person's name: a person is never a figure's entity. */
const PERSON_TITLE =
  /^(?:President|Prime|Minister|Deputy|Mayor|Governor|Akim|Chairman|Chairwoman|CEO|Director|Mr|Mrs|Ms|Dr|Professor|Senator)\.?$/;

/** Whether `name`, at offset `start` of the sentence, names someone rather than opening it. */
function isOwnerName(
  name: string,
  start: number,
  context: OwnerContext,
  tokens: () => readonly Token[],
  subjectOfVerb: boolean,
): boolean {
  const named = nameVerdict(name, context, subjectOfVerb);
  if (named !== 'if tagged a proper noun') return named;
  const article = ARTICLE.exec(name)?.[0] ?? '';
  const token = tokens().find((t) => t.start === start + article.length);
  return token?.pos === 'PROPN';
}

const ARTICLE = /^(?:The|A|An)\s+/;

/**
 * What `isOwnerName` reads from the words and the text alone, before any tagging: a name,
 * not one, or one word that is a name only if tagged a proper noun.
 */
function nameVerdict(
  name: string,
  context: OwnerContext,
  subjectOfVerb: boolean,
): boolean | 'if tagged a proper noun' {
  const article = ARTICLE.exec(name)?.[0] ?? '';
  const bare = name.slice(article.length);
  const words = bare.split(/\s+/);
  if (words[0] === '' || NO_OWNER.test(words[0]!) || PERSON_TITLE.test(words[0]!)) return false;
  // "The Board declared", "the Company's revenue": a capitalised common noun names no one; the
  // figure is the text's organisation's, which the text's subject gives
  if (words.length === 1 && GENERIC_BODY.test(words[0]!)) return false;
  // "Nominal GDP", "Annual CPI": an indicator, not a name
  if (NO_NAME.test(words[words.length - 1]!)) return false;
  if (context.person(bare)) return false;
  if (STATE_BODY.test(bare) || FORECASTER.test(bare)) return false;
  if (NEIGHBOUR_CITY.has(bare) || ORGANISATIONS.has(bare)) return true;
  if (isKnownPlace(bare)) return false;
  if (words.length > 1) return true;
  // "SOCAR produced", "KEGOC's revenue": an acronym no table knows is a name by its form, which
  // no common word at a sentence's start has (indicators such as "GDP" are NO_NAME's)
  if (ACRONYM.test(bare)) return true;
  if (context.lowerCase(bare)) return false;
  if (subjectOfVerb && !context.namedMidSentence(bare)) return false;
  return 'if tagged a proper noun';
}

/** "…, ahead of Apple with 17.1%", "…, followed by Apple": rivals a ranked name's figure is set against. */
const RIVALS_AFTER = /^[^;.]{0,40}?,\s+(?:just\s+)?(?:ahead\s+of|followed\s+by)\s+\p{Lu}/u;

/** A name written as an acronym: "SOCAR", "KEGOC", "TAP". */
const ACRONYM = /^\p{Lu}{3,6}$/u;

/** Whether a table names `name` as a place (whose figures `entityFor` reads already). */
function isKnownPlace(name: string): boolean {
  return findPlaces(name).some(
    (p) => !ORGANISATIONS.has(p.entity) && p.start === 0 && p.end === name.length,
  );
}

/** A short form of the text's subject is the subject ("Delta" for "Delta Bank"). */
function ownerName(written: string, context: OwnerContext): string {
  const name = written.replace(/^(?:The|A|An)\s+/, '');
  return context.subject.startsWith(`${name} `) ? context.subject : name;
}

/**
 * What joins a second price to a world market's price before it in one sentence, so that the
 * second is the same market's (rule 4): "… and", "down from (an expected)", "between … and",
 * "compared with", or the market named again as "it" ("expect it to reach").
 */
const WORLD_PRICE_GAP =
  /^\s*[-–]\s*$|(?:\b(?:and|or|to|from|after|between|than|versus|vs\.?|against|compared\s+(?:with|to))|\bit\s+to\s+(?:reach|average|hit|rise\s+to|fall\s+to|ease\s+to|climb\s+to))\s+(?:(?:an?|the|about|around|some|nearly|almost|roughly|expected|estimated|forecast|projected|average)\s+)*$/i;
/** What a gap may not hold: a clause of its own or a sum of money a place or body owns. */
const WORLD_PRICE_BREAK = /[;:]|\b(?:budget|revenues?|exports?|imports?|reserves?|its|their)\b/i;
/** A per-unit rate right after a sum that is not a commodity's ("540 tenge per dollar"). */
const OTHER_RATE_AFTER =
  /^\s*(?:an?|per)\s+(?:US\s+)?(?:dollar|euro|person|capita|head|employee|month|year|day|hour|square|km|kilometre|kilometer|kWh|MWh)\b/i;

/**
 * Whether the sum at [at, atEnd) of `sentence` continues the world market's price that ends at
 * `priceEnd` earlier in the sentence: "$68 per barrel in 2026 and $63 in 2027", "$5.35 a bushel,
 * down from $5.60 in the June poll", "averaged $76.50 per pound, and analysts expect it to reach
 * $85", "$11,200 in 2026, after $9,950 in 2025", "$85-90". A gap of at most 100 characters, with no clause of its own, no body's own money and no
 * other rate after the sum.
 *
 * @example continuesWorldPrice('Brent will average $68 per barrel in 2026 and $63 in 2027.', 22, 46, 49) // true
 */
export function continuesWorldPrice(
  sentence: string,
  priceEnd: number,
  at: number,
  atEnd: number,
): boolean {
  const gap = sentence.slice(priceEnd, at);
  return (
    gap.length <= 100 &&
    WORLD_PRICE_GAP.test(gap) &&
    !WORLD_PRICE_BREAK.test(gap) &&
    !OTHER_RATE_AFTER.test(sentence.slice(atEnd, atEnd + 24))
  );
}

/**
 * The state fund whose transfer a figure is (gold README, Entity rule 5, fourth session): a
 * sentence that speaks of a transfer and names a fund ("transfers from the National Fund",
 * «трансферты из Нацфонда», «Ұлттық қордан … трансферт», "SOFAZ … plans to transfer"), or speaks
 * of a transfer after a sentence that named the fund's ("The targeted transfer amounted to …",
 * «Нысаналы трансферт — …»), is the fund's own payout, also where it goes to the budget. Not a
 * budget's revenue "excluding transfers", nor transfers to local budgets; '' for those and for
 * any other figure. Any language (`state-funds.ts`). `textFund` is the one fund the text names
 * (`textStateFund`), which "the fund" stands for.
 *
 * @example fundTransferOwner('Transfers from the National Fund reached 3.6 trillion tenge.', 42, 62, '') // 'National Fund'
 */
export function fundTransferOwner(
  sentence: string,
  at: number,
  atEnd: number,
  previous: string,
  textFund = '',
): string {
  const measured = fundMeasured(sentence, at, textFund);
  if (measured) return measured;
  if (!speaksOfTransfer(sentence, at, atEnd) || TRANSFERS_EXCLUDED.test(sentence)) return '';
  let owner = '';
  let ownerAt = -1;
  // "the fund" names it only before a transfer it pays: "expect the fund to sell 3 trillion
  // tenge of currency to finance the transfers" is the fund selling, not a transfer
  const transferBefore = TRANSFER_WORD.test(sentence.slice(0, at));
  for (const fund of STATE_FUNDS) {
    const named = (transferBefore ? fundNames(fund, textFund) : fund.names).exec(sentence);
    // of two funds, the one named last before the figure, else the first after it
    if (named && (ownerAt < 0 || (named.index < at && named.index > ownerAt))) {
      owner = fund.entity;
      ownerAt = named.index;
    }
  }
  if (owner) return owner;
  if (
    LOCAL_BUDGETS.test(sentence) ||
    !(TRANSFER_WORD.test(previous) || FUND_TRANSFER_KIND.test(sentence))
  )
    return '';
  return STATE_FUNDS.find((fund) => fundNames(fund, textFund).test(previous))?.entity ?? '';
}

/**
 * The one state fund a text names (`state-funds.ts`), which "the fund" in its other sentences
 * stands for; '' where it names none or several.
 *
 * @example textStateFund('The National Fund grew. The fund’s assets rose.') // 'National Fund'
 */
export function textStateFund(text: string): string {
  const named = STATE_FUNDS.filter((fund) => fund.names.test(text));
  return named.length === 1 ? named[0]!.entity : '';
}

/** A fund's names, and "the fund" where it is the one fund the text names. */
function fundNames(fund: StateFund, textFund: string): RegExp {
  return fund.entity === textFund
    ? new RegExp(`${fund.names.source}|${FUND_ANAPHORA.source}`, 'u')
    : fund.names;
}

/** A year, or a day of a month, in any of the three languages: dates, not figures. */
const DATE_OR_YEAR = new RegExp(
  String.raw`(?<!\d)(?:(?:19|20)\d{2}|\d{1,2}\s+(?:${[...RUSSIAN_PERIODS.months, ...KAZAKH_PERIODS.months].join('|')})\p{L}*|` +
    String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2})(?!\d)`,
  'giu',
);

/**
 * The state fund whose own stock or inflow the figure at `at` measures (gold README, Entity rule
 * 5, fifth session): its assets, the revenue paid into it or its returns, written before the
 * figure beside the fund's name ("Активы Национального фонда – 61,8 млрд", "the National Fund's
 * assets reached $64 billion", «уменьшает поступления в Нацфонд на 1,5 млрд»), with no other
 * figure between; '' for none.
 */
function fundMeasured(sentence: string, at: number, textFund: string): string {
  // a year or a day of a month dates the measure ("на конец 2027 года", "на 1 октября"), no figure
  const before = sentence.slice(0, at).replace(DATE_OR_YEAR, (date) => ' '.repeat(date.length));
  let owner = '';
  for (const fund of STATE_FUNDS) {
    const named = new RegExp(fundNames(fund, textFund).source, 'gu');
    for (const name of before.matchAll(named)) {
      const nameEnd = name.index + name[0].length;
      // "the fund's equity share rose to 29%": what the fund's possessive heads, in its clause
      if (
        FUND_POSSESSIVE.test(before.slice(nameEnd)) &&
        !/[\d,;:.]/.test(before.slice(nameEnd + 2)) &&
        !included(before, name.index)
      )
        owner = fund.entity;
    }
  }
  for (const measure of before.matchAll(FUND_OWN_MEASURE)) {
    // another figure after the measure is the one it measures
    if (/\d/.test(before.slice(measure.index))) continue;
    for (const fund of STATE_FUNDS) {
      const named = new RegExp(fundNames(fund, textFund).source, 'gu');
      for (const name of before.matchAll(named)) {
        const gap =
          name.index >= measure.index
            ? before.slice(measure.index + measure[0].length, name.index)
            : before.slice(name.index + name[0].length, measure.index);
        // the measure counted in a larger whole, written before it or before the fund's name
        if (included(before, Math.min(name.index, measure.index))) continue;
        if (FUND_MEASURE_GAP.test(gap)) owner = fund.entity;
      }
    }
  }
  return owner;
}

/** Whether what starts at `from` is counted in a larger whole ("including the fund's assets"). */
function included(before: string, from: number): boolean {
  return FUND_MEASURE_INCLUDED.test(before.slice(Math.max(0, from - 24), from));
}

/** What ends a clause after a figure: a comma, a semicolon, "and" in any of the three languages. */
const CLAUSE_END_AFTER = /[,;]|\b(?:and|while)\b|(?<![\p{L}])(?:и|а|ал|және)(?![\p{L}])/u;

/**
 * Whether the transfer a sentence speaks of is its figure's: written before it ("transfers … are
 * set at"), or after it in its own clause («4,1 трлн теңге трансферт бөлінді»), not in a later
 * clause ("sets revenues at 22.8 trillion and caps the transfer …").
 */
function speaksOfTransfer(sentence: string, at: number, atEnd: number): boolean {
  if (TRANSFER_WORD.test(sentence.slice(0, at))) return true;
  const after = TRANSFER_WORD.exec(sentence.slice(atEnd));
  return !!after && !CLAUSE_END_AFTER.test(sentence.slice(atEnd, atEnd + after.index));
}

/**
 * Whether a world price or rate at `at` is one a budget assumes (gold README, Entity rule 5,
 * fourth session): its sentence says so before it ("The draft is based on a Brent price of $60",
 * «Цена нефти марки Brent заложена на уровне 60 долларов») where a budget is spoken of, in the
 * sentence or its passage; then it is the budget's country's or city's, not the World's. A
 * central bank's base scenario names no budget and stays the World's.
 *
 * @example budgetAssumes('The budget is based on a Brent price of $65 per barrel.', 41, false) // true
 */
export function budgetAssumes(sentence: string, at: number, budgetPassage: boolean): boolean {
  const clauseStart = Math.max(sentence.lastIndexOf(';', at), 0);
  const verb = ASSUMPTION_VERB.exec(sentence.slice(clauseStart));
  // the verb before the figure, or right after it ("$60 a barrel, as the draft assumes")
  if (!verb || clauseStart + verb.index > at + 60) return false;
  return budgetPassage || BUDGET_WORD.test(sentence);
}
