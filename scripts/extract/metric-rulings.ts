/**
 * The gold README's "## Metric" rulings (7 December 2026), applied to a claim once its metric is
 * read: volume indices are growth, headcounts are employees or employment, a company's capital
 * spending is capex, a budget as such is what it spends, a good's physical output is its
 * production, an amount a level changed by is its growth, the growth of consumer prices is
 * inflation. English, Russian and Kazakh; each rule reads the claim's label and its sentence.
 */
import { findMetricPhrases, type MetricCatalogue } from './catalogue.ts';
import { OIL_GRADES, PHYSICAL_AMOUNT, PRODUCED_GOODS } from './languages/commodities.ts';
import { CYRILLIC_CHANGE } from './languages/cyrillic-glossary.ts';
import { cyrillicMetricSlug, transliterate } from './cyrillic-metrics.ts';
import { tradedGoodAlone } from './goods.ts';
import { slugify } from './metrics.ts';
import type { Claim } from '../../src/lib/claim.ts';

/** What a ruling reads around a claim: its sentence, where the figure stands, the text before. */
export interface RulingContext {
  sentence: string;
  at: number;
  atEnd: number;
  /** The paragraph's text before the sentence: where an index's indicator may be named. */
  before: string;
  catalogue: MetricCatalogue;
  /** Whether the figure is written in basis points (the number reader's `basisPoints`). */
  basisPoints: boolean;
  /** Whether a claim's entity is a place (a country, region or city), not an organisation. */
  isPlace: (entity: string) => boolean;
}

type RuledClaim = Pick<
  Claim,
  'metric' | 'metric_label' | 'metric_source' | 'unit' | 'unit_label' | 'entity' | 'value'
>;

const capitalised = (label: string): string => label.charAt(0).toUpperCase() + label.slice(1);

/** The start of the clause a figure stands in: after the last sentence-internal stop before it. */
function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('\n'));
  return before.slice(cut + 1);
}

// ---- volume and price indices -------------------------------------------------------------

/** An index word: "index", "индекс физического объёма", "нақты көлем индексі". */
const INDEX_WORD = /(?<![\p{L}])(?:index|индекс\p{L}*|indeks\p{L}*)(?![\p{L}])/iu;
/** Indices that are no indicator's volume: prices (inflation), rankings and scores. */
const NOT_VOLUME_INDEX =
  /(?<![\p{L}])(?:price|prices|consumer|CPI|development|readiness|ranking|цен\p{L}*|потребительск\p{L}*|баға\p{L}*|тұтыну\p{L}*|развити\p{L}*|даму)(?![\p{L}])/iu;
/** "108.4% of the level of January-September 2024", "к уровню", "деңгейіне": a level's ratio. */
const OF_LEVEL_AFTER =
  /^\s*(?:of\s+(?:the\s+)?(?:last\s+year's\s+|previous\s+year's\s+)?level|к\s+уровню|(?:\p{L}+\s+){0,3}деңгей\p{L}*)/iu;
/** The real wage ("индекс реальной заработной платы", "нақты жалақы индексі"). */
const REAL_WAGE =
  /(?<![\p{L}])(?:real\s+wages?|реальн\p{L}*\s+заработн\p{L}*|нақты\s+жалақ\p{L}*)/iu;
/** What an index label adds beside its indicator: "index", "of physical volume", "Нақты көлем". */
const INDEX_FILLER =
  /(?<![\p{L}])(?:the|index|of|physical|volume|production|индекс\p{L}*|физическ\p{L}*|объ[её]м\p{L}*|нақты|көлем\p{L}*|indeks\p{L}*)(?![\p{L}])/giu;

/** The growth slug of a level's: "industrial_output" → "industrial_growth". */
function growthSlug(metric: string): string {
  return `${metric.replace(/_(?:output|production|index|share)$/, '')}_growth`;
}

/** The last catalogue indicator `text` names in money or percent, or null. */
function lastIndicator(
  catalogue: MetricCatalogue,
  text: string,
): { metric: string; label: string } | null {
  const found = findMetricPhrases(catalogue, text).filter(
    (m) => m.entry.units.includes('currency') && m.entry.units.includes('percent'),
  );
  const last = found.sort((a, b) => a.end - b.end).pop();
  return last ? { metric: last.entry.metric, label: last.entry.label } : null;
}

/**
 * "индекс физического объёма 104,5%", "the index stood at 103.8%", "108.4% of the level of 2024":
 * a volume index, or a level's ratio to an earlier one, is its indicator's growth, with the
 * value as written (README "## Metric").
 */
function indexAsGrowth(claim: RuledClaim, context: RulingContext): boolean {
  if (claim.unit !== 'percent' || claim.value < 50 || claim.value > 250) return false;
  if (claim.metric.endsWith('_growth')) return false;
  const { sentence, at, atEnd } = context;
  const clause = clauseBefore(sentence, at).slice(-70);
  const indexed = INDEX_WORD.test(claim.metric_label) || INDEX_WORD.test(clause);
  const ofLevel = OF_LEVEL_AFTER.test(sentence.slice(atEnd, atEnd + 40));
  if (!indexed && !ofLevel) return false;
  if (NOT_VOLUME_INDEX.test(claim.metric_label) || (indexed && NOT_VOLUME_INDEX.test(clause)))
    return false;
  let base: { metric: string; label: string } | null = null;
  if (REAL_WAGE.test(clause) || REAL_WAGE.test(claim.metric_label))
    base = { metric: 'real_wage', label: 'Real wage' };
  else if (claim.metric_source === 'catalogue' && !INDEX_WORD.test(claim.metric_label))
    base = { metric: claim.metric, label: claim.metric_label };
  else {
    // "Mining and quarrying index": the label without its index words names the indicator
    const rest = claim.metric_label.replace(INDEX_FILLER, ' ').replace(/\s+/g, ' ').trim();
    const named = rest ? lastIndicator(context.catalogue, rest) : null;
    if (named) base = named;
    else if (/^\p{Lu}?[\p{Ll}\s,-]{4,}$/u.test(rest) && !/[\u0400-\u04ff]/.test(rest))
      base = { metric: `${slugify(rest)}_output`, label: `${capitalised(rest)} output` };
    else
      base =
        lastIndicator(context.catalogue, sentence.slice(0, at)) ??
        lastIndicator(context.catalogue, context.before);
  }
  if (!base) return false;
  claim.metric = growthSlug(base.metric);
  // the label keeps the level's words ("Industrial output growth"): a sector's output, grown
  claim.metric_label = `${base.label.replace(/\s+(?:index|share)$/i, '')} growth`;
  return true;
}

/** A sector of the economy, as a slug's word (English, or a Russian stem the glossary left). */
const SECTOR_TOKEN =
  /^(?:mining|quarrying|manufacturing|construction|agriculture|agricultural|transport|transportation|warehousing|storage|trade|communications?|ict|information|utilities|stroitel\w*|torgov\w*|transport\w*|svyaz\w*|skladir\w*|gornodobyv\w*|obrabatyv\w*)$/;
/** Slug words that name a measure of a sector other than its output. */
const MEASURE_TOKEN =
  /^(?:output|production|exports?|imports?|investment|prices?|wages?|salary|revenue|profit|share|loans?|tax|gdp|employment|turnover|balance|volume|deficit|surplus|inflation)$/;

/**
 * "Mining and quarrying rose by 9.8%", "строительство (+14,8%)": a sector's growth is the growth
 * of its output, which its slug and label say (README "## Metric": a sector's output).
 */
function sectorOutputGrowth(claim: RuledClaim): boolean {
  if (claim.unit !== 'percent' || !claim.metric.endsWith('_growth')) return false;
  const words = claim.metric.split('_').slice(0, -1);
  if (!words.some((w) => SECTOR_TOKEN.test(w)) || words.some((w) => MEASURE_TOKEN.test(w)))
    return false;
  claim.metric = `${words.join('_')}_output_growth`;
  if (/^[\x00-\x7f]*$/.test(claim.metric_label))
    claim.metric_label = claim.metric_label.replace(/\s+growth$/i, ' output growth');
  return true;
}

// ---- staff and employment -----------------------------------------------------------------

/** Nouns that count people at work. */
const PEOPLE_NOUN =
  /^(?:people|persons|specialists|employees|workers|staff|analysts|engineers|professionals|человек|специалист\p{L}*|работник\p{L}*|сотрудник\p{L}*|маман\p{L}*|адам\p{L}*|қызметкер\p{L}*|zanyato|employment)$/iu;
/** A verb or noun of working before the figure: "employ", "работают", "занято", "number of employees". */
const WORKS_BEFORE =
  /(?<![\p{L}])(?:employ(?:s|ed|ing)?|staff\s+of|headcount|number\s+of\s+(?:employees|workers|staff)|работа(?:ют|ет|ло|ли)|занят[оыа]?|труд(?:ятся|ится|илось)|численност\p{L}*\s+(?:работник|занят)\p{L}*)(?![\p{L}])/iu;
/** Kazakh working after the figure: "48 мың маман жұмыс істейді". */
const WORKS_AFTER = /^[^.;]{0,40}?(?<![\p{L}])(?:жұмыс\s+істе|еңбек\s+ет)/iu;
/** Whose people they are: companies, residents, a park, a firm. */
const ORGANISATION_WORD =
  /(?<![\p{L}])(?:compan(?:y|ies)|residents?|firms?|group|park|hub|technopark|operator|bank|компани\p{L}*|резидент\p{L}*|технопарк\p{L}*|кәсіпорын\p{L}*|фирм\p{L}*)(?![\p{L}])/iu;
/** A sector or the economy: its people at work are its employment. */
const SECTOR_WORD =
  /(?<![\p{L}])(?:sector|industry|economy|отрасл\p{L}*|сектор\p{L}*|сфер\p{L}*|экономик\p{L}*|сала\p{L}*)(?![\p{L}])/iu;
const ICT_WORD = /(?<![\p{L}])(?:ICT|ИКТ|АКТ)(?![\p{L}])/u;
const IT_WORD = /(?<![\p{L}])(?:IT|ИТ|АТ)(?![\p{L}])/u;

/**
 * "residents employ 35,000", "в ИТ-компаниях работают 46 000 специалистов": an organisation's
 * or a park's headcount is `employees`; "в отрасли занято 48 тысяч", "салада 48 мың маман жұмыс
 * істейді": a sector's people at work are its `employment` (README "## Metric").
 */
function staffOrEmployment(claim: RuledClaim, context: RulingContext): boolean {
  if (claim.unit !== 'count' || /employees$|jobs_created$/.test(claim.metric)) return false;
  const { sentence, at, atEnd } = context;
  const clause = clauseBefore(sentence, at);
  const after = sentence.slice(atEnd, atEnd + 60);
  const counted = claim.unit_label || claim.metric_label.split(/\s+/).pop() || '';
  const people =
    PEOPLE_NOUN.test(counted) ||
    PEOPLE_NOUN.test(claim.metric) ||
    /^\s*(?:people|persons|specialists|employees|человек|специалист|маман|адам)/iu.test(after);
  if (!people) return false;
  if (!WORKS_BEFORE.test(clause.slice(-80)) && !WORKS_AFTER.test(after)) return false;
  const own = clause.slice(-80) + after.slice(0, 40);
  if (SECTOR_WORD.test(own) && !ORGANISATION_WORD.test(own)) {
    const sector = ICT_WORD.test(sentence) ? 'ict_' : IT_WORD.test(sentence) ? 'it_' : '';
    claim.metric = `${sector}employment`;
    claim.metric_label = sector ? `${sector === 'ict_' ? 'ICT' : 'IT'} employment` : 'Employment';
    return true;
  }
  if (ORGANISATION_WORD.test(own) || !context.isPlace(claim.entity)) {
    claim.metric = 'employees';
    claim.metric_label = 'Employees';
    return true;
  }
  return false;
}

// ---- capital expenditure ------------------------------------------------------------------

/** Labels that name investment as such. */
const INVESTMENT_LABEL =
  /^(?:investment|investments|инвестиции|инвестиция|инвестициялар|капвложения|инвестиционн\p{L}*\s+программ\p{L}*|инвестициялық\s+бағдарлама\p{L}*)$/iu;

/** A company's own spending: "invested", "plans to invest", «капитальные вложения», «вложит». */
const CAPEX_CUE =
  /(?<![\p{L}])(?:invest(?:s|ed|ing)?|капитальн\p{L}*|капвложени\p{L}*|вложит|вложил\p{L}*|инвестировать|инвестирует|инвестировал\p{L}*|инвестиционн\p{L}*\s+программ\p{L}*|инвестициялық\s+бағдарлама\p{L}*|күрделі)(?![\p{L}])/iu;
/**
 * A Russian verb of a company investing before its sum, with only what it goes into and when
 * between: «инвестировать в развитие сетей», «вложит». (English "plans to invest $240 million in
 * the second phase" is left to the label: the older gold calls such sums investment, and the
 * fifth session's ruling that makes them capex is being carried into it.)
 */
const INVESTS_BEFORE =
  /(?<![\p{L}])(?:инвестировать|инвестирует|вложит|вложить|вложат)(?![\p{L}])[^\d.;]{0,60}$/iu;
/** "in its networks", "into their fleet": an owner's own assets after the sum invested. */
const OWN_ASSETS_AFTER = /^\s*(?:in|into|on)\s+(?:its|their)\s/i;
/** Money a company or project draws in from others is their investment, not its capex. */
const ATTRACTS = /(?<![\p{L}])(?:attract\p{L}*|привлеч\p{L}*|привлек\p{L}*|тарт\p{L}*)/iu;

/**
 * "Kazakhtelecom invested 96.4 billion tenge in its networks", "the operator plans to invest $180
 * million": a company's capital spending is its `capex`; a country's or sector's stays investment.
 */
function companyCapex(claim: RuledClaim, context: RulingContext): boolean {
  const growth = claim.metric.endsWith('_growth');
  const level = claim.metric.replace(/_growth$/, '');
  // "планирует инвестировать в развитие сетей 190 млрд": what the sum goes into labelled it, but
  // the verb says the company invests it
  const investedHere =
    unitIsMoney(claim.unit) &&
    INVESTS_BEFORE.test(clauseBefore(context.sentence, context.at).slice(-60));
  if (
    level !== 'investment' &&
    level !== 'telecom_investment' &&
    !INVESTMENT_LABEL.test(claim.metric_label) &&
    !investedHere
  )
    return false;
  // "invested 240 million manat in its network": what it invests in is its own
  const ownAssets = OWN_ASSETS_AFTER.test(
    context.sentence.slice(context.atEnd, context.atEnd + 24),
  );
  if (!ownAssets && (!claim.entity || context.isPlace(claim.entity))) return false;
  // the company spends: a verb of investing or a word of capital spending, not money it attracts
  const clause = clauseBefore(context.sentence, context.at).slice(-90);
  if (!CAPEX_CUE.test(clause) || ATTRACTS.test(clause)) return false;
  // "invest $1.4 billion in the region": money sent to a place is a flow, not the firm's capex
  if (
    /^\s*(?:in|into)\s+(?:the\s+)?(?:region|country|\p{Lu})/u.test(
      context.sentence.slice(context.atEnd, context.atEnd + 20),
    )
  )
    return false;
  claim.metric =
    growth || (claim.unit === 'percent' && level !== claim.metric) ? 'capex_growth' : 'capex';
  claim.metric_label =
    claim.metric === 'capex' ? 'Capital expenditure' : 'Capital expenditure growth';
  return true;
}

// ---- a budget as such ---------------------------------------------------------------------

const BUDGET_NOUN = /(?<![\p{L}])(?:budgets?|бюджет\p{L}*)(?![\p{L}])/iu;
/** Words that say which flow of a budget a sum is. */
const FLOW_WORD =
  /(?<![\p{L}])(?:revenues?|income|expenditures?|spending|deficit|surplus|transfers?|доход\p{L}*|расход\p{L}*|дефицит\p{L}*|профицит\p{L}*|трансферт\p{L}*|поступ\p{L}*|кіріс\p{L}*|шығыс\p{L}*|тапшылы\p{L}*|collected|received)(?![\p{L}])/iu;

/**
 * "the budgets of Astana and Shymkent were approved at 1.08 trillion", "бюджет города составлял
 * 1,21 трлн", "Қала бюджеті 1,1 трлн теңгені құрайды": a budget's one sum with no word of revenue
 * or spending is its expenditure (budget laws set spending).
 */
function budgetAsSpending(claim: RuledClaim, context: RulingContext): boolean {
  if (claim.unit === 'percent' || claim.unit === 'count' || claim.unit === 'multiple') return false;
  if (claim.metric.startsWith('budget_')) return false;
  const labelled =
    (BUDGET_NOUN.test(claim.metric_label) || claim.metric === 'state_budget') &&
    !FLOW_WORD.test(claim.metric_label);
  if (!labelled) return false;
  if (FLOW_WORD.test(clauseBefore(context.sentence, context.at).slice(-60))) return false;
  claim.metric = 'budget_expenditure';
  claim.metric_label = 'Budget expenditure';
  return true;
}

// ---- output and production ----------------------------------------------------------------

/** A good produced, as a word: the table's goods (`languages/commodities.ts`). */
const GOOD = new RegExp(`(?<![\\p{L}])(?:${PRODUCED_GOODS})(?![\\p{L}])`, 'iu');
const GOOD_ANYWHERE = new RegExp(`\\b(?:${PRODUCED_GOODS})\\b`, 'gi');
const OUTPUT_WORD = /(?<![\p{L}])output(?![\p{L}])/iu;
/** Units of a physical amount. */
const PHYSICAL_UNIT = /^(?:tonnes?|tons?|barrels?|bpd|ounces?|cubic|bcm|tu)$/i;
/** A label that is only the word for an amount produced: "Output", "Total output", "Production". */
const BARE_OUTPUT = /^(?:(?:total|combined)\s+)?(output|production)$/i;
/** A label of a good's amount produced: "Gold output", "Natural gas output", "Refined copper production". */
const GOOD_OUTPUT = new RegExp(`\\b(${PRODUCED_GOODS})\\s+(output|production)$`, 'i');
/** A label that is a produced good alone: "Condensate", "Natural gas". */
const GOOD_ALONE = new RegExp(`^(?:${PRODUCED_GOODS})$`, 'i');
/** A sentence about producing: "produced", "output", "mined", "pumped". */
const PRODUCING = /\b(?:produc\w*|output|mined|pumped|extracted)\b/i;

/** Where a figure of a good produced stands: its sentence, the paragraph before, the headline. */
export interface ProductionContext {
  sentence: string;
  at: number;
  atEnd: number;
  /** The paragraph's text before the sentence, read only when a bare "output" names no good. */
  before: () => string;
  title: string;
}

/**
 * The last good producing is counted in that `text` names ("copper" in "produced 390,000 tons of
 * copper and expects"), or ''.
 *
 * @example lastGood('Azerbaijan produced 7.1 million tonnes of oil and') // 'oil'
 */
function lastGood(text: string): string {
  let last = '';
  GOOD_ANYWHERE.lastIndex = 0;
  for (let match; (match = GOOD_ANYWHERE.exec(text));)
    // "oil and condensate", "oil and gas": a pair is counted as its first good
    if (match[0].toLowerCase() !== 'lead' && !/\band\s+$/i.test(text.slice(0, match.index)))
      last = match[0];
  return last.replace(/\s+/g, ' ');
}

/**
 * The first good a headline names ("oil" in "Oil slips 2%, gold tops $4,100"), or ''.
 *
 * @example firstGood('Oil slips 2% on glut worries, gold tops $4,100') // 'Oil'
 */
function firstGood(title: string): string {
  GOOD_ANYWHERE.lastIndex = 0;
  return GOOD_ANYWHERE.exec(title)?.[0].replace(/\s+/g, ' ') ?? '';
}

/**
 * The production a label of a physical amount stands for: a bare "Output" of the good its sentence
 * (or the paragraph before it, or the headline) named last, "Gold output", or a bare good ("Crude")
 * in a sentence about producing; the slug is the good's `_production`, the label keeps the text's
 * word.
 *
 * @example namedProduction('Output', 'KAZ Minerals produced 390,000 tons of copper and expects output of', 68, () => '') // { metric: 'copper_production', label: 'Copper output' }
 */
function namedProduction(
  label: string,
  sentence: string,
  at: number,
  before: () => string,
): { metric: string; label: string } | null {
  const bare = BARE_OUTPUT.exec(label);
  const named = bare ? null : GOOD_OUTPUT.exec(label);
  const alone =
    bare || named || !PRODUCING.test(sentence)
      ? ''
      : tradedGoodAlone(label) || (GOOD_ALONE.exec(label.trim())?.[0] ?? '');
  const good = bare
    ? lastGood(sentence.slice(0, at)) || lastGood(sentence) || before()
    : (named?.[1] ?? alone);
  if (!good) return null;
  const word = (
    bare?.[1] ??
    named?.[2] ??
    (/\boutput\b/i.test(sentence) ? 'output' : 'production')
  ).toLowerCase();
  const name = OIL_GRADES.test(good) ? 'oil' : good.toLowerCase().replace(/\s+/g, ' ');
  const full = named ? label.slice(0, named.index) + name : name;
  const text = `${full.charAt(0).toUpperCase()}${full.slice(1).toLowerCase()}`;
  return { metric: `${slugify(text)}_production`, label: `${text} ${word}` };
}

/**
 * "KAZ Minerals expects output of 400,000 tons", "pumped 1.88 million bpd of crude", "Gold output
 * at Kumtor is forecast at 11-12 tonnes": a figure whose label was read from its own words, in a
 * physical unit, is the production of the good it names (README "## Metric", "output and
 * production"), labelled as its text words it. Called as the figure is read, before the passes
 * that give its growth and its neighbours their metrics from it; `goodProduction` rules on the
 * metric those passes leave. Returns whether it named one.
 */
export function producedGood(claim: RuledClaim, context: ProductionContext): boolean {
  const { sentence, at, atEnd } = context;
  if (
    claim.unit !== 'count' ||
    claim.metric_source !== 'phrase' ||
    // the unit may be written inside the mention ("12 tonnes") or after it
    !PHYSICAL_AMOUNT.test(sentence.slice(at, atEnd + 30).replace(/^\D*[\d.,]+/, ''))
  )
    return false;
  const produced = namedProduction(
    claim.metric_label,
    sentence,
    at,
    () => lastGood(context.before()) || firstGood(context.title),
  );
  if (!produced) return false;
  claim.metric = produced.metric;
  claim.metric_label = produced.label;
  return true;
}

/**
 * "copper output reached 218,000 tonnes", "double rare earth output": one good's physical amount
 * is that good's `production`; a sector's output in money keeps `output` (README "## Metric").
 * Only the slug follows the ruling: the label keeps the text's word ("Copper output").
 */
function goodProduction(claim: RuledClaim, context: RulingContext): boolean {
  if (unitIsMoney(claim.unit)) return false;
  const label = claim.metric_label;
  const { sentence, at, atEnd } = context;
  if (OUTPUT_WORD.test(label) && GOOD.test(label)) {
    // the slug is the ruling's; the label keeps the text's word, as it is shown
    claim.metric = claim.metric.replace(/(^|_)output(?=_|$)/, '$1production');
    return true;
  }
  // "expects output of 400,000 tons", "Crude and condensate output is forecast at 96.2 million
  // tonnes": a bare output, or a good named before "output", in a physical unit
  const physical =
    PHYSICAL_UNIT.test(claim.unit_label) ||
    /\b(?:tonnes?|tons|barrels|bpd)\b/i.test(sentence.slice(atEnd, atEnd + 16));
  if (!physical) return false;
  const bare = /^output$/i.test(label);
  const goodAlone =
    GOOD.test(label) &&
    label.split(/\s+/).length === 1 &&
    OUTPUT_WORD.test(sentence.slice(0, at).slice(-60));
  if (!bare && !goodAlone) return false;
  let named = goodAlone ? label : '';
  if (!named) {
    GOOD_ANYWHERE.lastIndex = 0;
    for (let match; (match = GOOD_ANYWHERE.exec(sentence.slice(0, at)));) named = match[0];
  }
  if (!named)
    named =
      /\b(?:bpd|barrels)\b/i.test(sentence.slice(atEnd, atEnd + 16)) ||
      /^(?:bpd|barrels?)$/i.test(claim.unit_label)
        ? 'oil'
        : '';
  if (!named) return false;
  const good = /^(?:crude|condensate)$/i.test(named) ? 'oil' : named.toLowerCase();
  claim.metric = `${slugify(good)}_production`;
  claim.metric_label = `${capitalised(good)} output`;
  return true;
}

// ---- changes of a rate in basis points -------------------------------------------------------

/** A rate's level slug: "base_rate", "refinancing_rate", "bond_yield". */
const RATE_LEVEL = /_(?:rate|yield)$/;

/**
 * "cut its base rate by 50 basis points", "снизил базовую ставку на 25 базисных пунктов": a figure
 * in basis points is the rate's change, so it takes the level's slug with `_growth` (README
 * "## Metric": a change gets the level's slug with `_growth`; basis points are percentage points).
 */
function basisPointChange(claim: RuledClaim, context: RulingContext): boolean {
  if (claim.unit !== 'percent' || !RATE_LEVEL.test(claim.metric)) return false;
  if (!context.basisPoints) return false;
  claim.metric = `${claim.metric}_growth`;
  claim.metric_label = `${claim.metric_label} change`;
  return true;
}

// ---- an inflation target ------------------------------------------------------------------

/** A target word right before a figure: "target of", "к цели в", "целевой ориентир … составляет". */
const TARGET_BEFORE =
  /(?<![\p{L}])(?:target(?:\s+(?:for|of)\s+inflation)?|цел\p{L}*|ориентир\p{L}*|бағдар\p{L}*)(?:\s+(?:по\s+)?инфляци\p{L}*)?\s*(?:(?:of|at|в|составляет|составил\p{L}*|[—–-])\s*)?$/iu;
/** A target word right after a figure: "the central bank's 3% target", "5 пайыздық нысаналы". */
const TARGET_AFTER =
  /^(?:-?\p{L}{0,6})?\s+(?:inflation\s+)?(?:target|нысаналы|целев\p{L}*)(?![\p{L}])/iu;
/** Inflation named in the sentence or just before it. */
const INFLATION_WORD = /(?<![\p{L}])(?:inflation|инфляци\p{L}*)/iu;

/**
 * "slightly above the central bank's 3% target", "Возврат инфляции к цели в 5%": a percentage
 * standing as a target where inflation is spoken of is the inflation target, not inflation.
 */
function inflationTarget(claim: RuledClaim, context: RulingContext): boolean {
  if (claim.unit !== 'percent' || claim.metric === 'inflation_target') return false;
  const { sentence, at, atEnd, before } = context;
  if (!TARGET_BEFORE.test(sentence.slice(Math.max(0, at - 60), at))) {
    if (!TARGET_AFTER.test(sentence.slice(atEnd, atEnd + 40))) return false;
  }
  const spoken =
    claim.metric === 'inflation' ||
    INFLATION_WORD.test(sentence) ||
    INFLATION_WORD.test(before.slice(-300));
  if (!spoken || (claim.metric !== 'inflation' && claim.metric_source === 'catalogue'))
    return false;
  claim.metric = 'inflation_target';
  claim.metric_label = 'Inflation target';
  return true;
}

// ---- a change of an amount ----------------------------------------------------------------

/** Words that may stand between "by"/"на" and the amount: "by about", "на почти", "by another". */
const CHANGE_QUALIFIERS =
  '(?:(?:about|around|nearly|almost|over|some|roughly|approximately|another|a\\s+further|more\\s+than|less\\s+than|just|около|почти|более|порядка|примерно|ещё|еще|свыше)\\s+)*';
/**
 * An English verb of change, then "by" or nothing, right before the amount: "rose by", "fell";
 * a verb that also takes what is raised or cut ("raised $48 million") only with "by"; "made up" is no
 * change.
 */
const ENGLISH_CHANGED_BY = new RegExp(
  `\\b(?:(?:rose|risen|rises|grew|grown|grows|increased|increases|gained|added|jumped|climbed|fell|fallen|dropped|declined|decreased|shrank|contracted|(?<!\\b(?:made|make|makes|making|set|ended|summed|picked|signed|opened|built|shot)\\s+)(?:up|down))\\s+(?:(?:[\\p{L}-]+\\s+){0,3}?by\\s+)?|(?:raised?|raising|cut|reduced|lowered|expanded|extended)\\s+(?:[\\p{L}-]+\\s+){0,3}?by\\s+)${CHANGE_QUALIFIERS}$`,
  'iu',
);
/** A Russian word of change, then "на" right before the amount: "увеличившись за месяц на". */
const RUSSIAN_CHANGED_BY = new RegExp(
  `${CYRILLIC_CHANGE.source}\\s+(?:[\\p{L}.-]+\\s+){0,3}?на\\s+${CHANGE_QUALIFIERS}$`,
  'iu',
);
/** "на 4,2 доллара ниже", "5,200 more than": an amount compared right after it. */
const COMPARED_AMOUNT_AFTER =
  /^\s*(?:(?:more|less|fewer|higher|lower)\s+than\b|(?:больше|меньше|выше|ниже)(?![\p{L}]))/iu;
/** "что на" right before a compared amount ("что на 4,2 доллара ниже"). */
const RUSSIAN_BY_BEFORE = /(?<![\p{L}])на\s+$/iu;
/** A slug that already measures a change, or a figure that is none of an amount's level. */
const CHANGE_SLUG =
  /(?:^|_)(?:growth|change|increase|decrease|decline|cagr|shortfall|unlabelled)(?:_|$)/;

/**
 * "reserves rose by $1.4 billion to $51.3 billion", "увеличившись за месяц на 41 млн баррелей",
 * "на 4,2 доллара ниже", "5,200 more than at the start of the year": an amount a level changed by is
 * that level's change, `<level>_growth` (README "## Metric": a change gets the level's slug with
 * `_growth`); the level it changed to stays the level. The label keeps the level's words.
 */
function amountChange(claim: RuledClaim, context: RulingContext): boolean {
  if (claim.unit === 'percent' || claim.unit === 'multiple') return false;
  if (CHANGE_SLUG.test(claim.metric)) return false;
  const { sentence, at, atEnd } = context;
  const before = sentence.slice(Math.max(0, at - 70), at);
  const changedBy =
    ENGLISH_CHANGED_BY.test(before) ||
    RUSSIAN_CHANGED_BY.test(before) ||
    ((RUSSIAN_BY_BEFORE.test(before) || !/[\u0400-\u04ff]/.test(before)) &&
      COMPARED_AMOUNT_AFTER.test(sentence.slice(atEnd, atEnd + 16)));
  if (!changedBy) return false;
  claim.metric = `${claim.metric}_growth`;
  // a Russian or Kazakh label stays as written, as other Cyrillic labels of a change do
  if (!/[\u0400-\u04ff]/.test(claim.metric_label))
    claim.metric_label = `${claim.metric_label} growth`;
  return true;
}

// ---- consumer prices ------------------------------------------------------------------------

/** A label or slug naming consumer prices or their index: "Consumer price index", «Потребительские цены», «Тұтыну бағалары». */
const CONSUMER_PRICES =
  /(?<![\p{L}])(?:consumer\s+prices?|consumer_price|CPI|потребительск\p{L}*\s+цен\p{L}*|тұтыну\s+баға\p{L}*)(?![\p{L}])/iu;

/**
 * "The consumer price index rose 7.9% year on year", «потребительские цены выросли на 9,1%»: the
 * growth of consumer prices is inflation (README "## Metric": a price index's change is the
 * indicator's growth, and the growth of consumer prices is `inflation`). The label keeps its words.
 */
function consumerPriceGrowth(claim: RuledClaim): boolean {
  if (claim.unit !== 'percent' || !claim.metric.endsWith('_growth')) return false;
  if (!CONSUMER_PRICES.test(claim.metric) && !CONSUMER_PRICES.test(claim.metric_label))
    return false;
  claim.metric = 'inflation';
  return true;
}

// ---- the part of a whole that uses something -------------------------------------------------

/** "of whom", "of which" right before a part's figure, with a qualifier between. */
const ENGLISH_PART_BEFORE =
  /\bof\s+(?:which|whom|them)\s+(?:(?:about|around|nearly|almost|over|some|roughly|more\s+than)\s+)?$/i;
/** "… used mobile internet", "… use the app monthly": what the part uses, after its figure. */
const ENGLISH_USED_AFTER =
  /^\s+(?:(?:people|subscribers|customers|clients)\s+)?(?:(?:actively|regularly)\s+)?(?:used?|uses|were\s+using|are\s+using)\s+(?:the\s+|its\s+|their\s+|a\s+)?((?:(?!(?:monthly|daily|weekly|every|each|at|in|on|as|by|for|and|or|services?)\b)[\p{L}\d-]+\s*){1,3})/iu;
/** "… were monthly active users": the part named by its own noun of users. */
const ENGLISH_USERS_AFTER = /^\s+(?:were|are|was|is)\s+((?:[\p{L}-]+\s+){0,3}users)\b/iu;
/** «из них мобильным интернетом пользуются»: what the part uses, between the partitive and its figure. */
const RUSSIAN_PART_USES_BEFORE =
  /(?<![\p{L}])из\s+(?:них|которых)\s+((?:[\p{L}-]+\s+){1,3})пользу\p{L}*\s+(?:(?:около|почти|более|порядка|свыше)\s+)?$/iu;

/**
 * "23.4 million subscribers, of whom 17.9 million used mobile internet", «из них мобильным
 * интернетом пользуются 9,3 млн»: a part of a whole counted by what it uses is that thing's users
 * (`mobile_internet_users`, `app_users`), not the whole it is a part of.
 */
function partUsers(claim: RuledClaim, context: RulingContext): boolean {
  if (claim.unit !== 'count') return false;
  const { sentence, at, atEnd, catalogue } = context;
  const before = sentence.slice(Math.max(0, at - 80), at);
  const after = sentence.slice(atEnd, atEnd + 80);
  let words = '';
  let label = '';
  if (ENGLISH_PART_BEFORE.test(before)) {
    const own = ENGLISH_USERS_AFTER.exec(after);
    const used = own ? null : ENGLISH_USED_AFTER.exec(after);
    if (own) label = capitalised(own[1]!.trim().toLowerCase());
    else if (used) label = `${capitalised(used[1]!.trim())} users`;
    else return false;
    words = label;
  } else {
    const uses = RUSSIAN_PART_USES_BEFORE.exec(before);
    if (!uses) return false;
    words = `${uses[1]!.trim()} пользователей`;
    label = `Пользователи: ${uses[1]!.trim()}`;
  }
  const named = findMetricPhrases(catalogue, words).find((m) => m.entry.metric.endsWith('_users'));
  if (named) {
    claim.metric = named.entry.metric;
    claim.metric_label = named.entry.label;
    return true;
  }
  const cyrillic = /[\u0400-\u04ff]/.test(label);
  const object = cyrillic
    ? cyrillicMetricSlug(words.replace(/\s+пользователей$/, ''), 'ru') ||
      slugify(transliterate(words.replace(/\s+пользователей$/, '')))
    : slugify(label.replace(/\s+users$/i, ''));
  claim.metric = `${object}_users`;
  claim.metric_label = label;
  return true;
}

function unitIsMoney(unit: string): boolean {
  return unit !== 'count' && unit !== 'percent' && unit !== 'multiple';
}

/**
 * Rewrites `claim`'s metric where a ruling of the gold README's "## Metric" decides it; the first
 * ruling that applies wins. Returns whether one did.
 *
 * @example
 *   // "The index of physical volume of industry was 104.2%." → industrial_growth
 */
export function applyMetricRulings(claim: RuledClaim, context: RulingContext): boolean {
  const ruled =
    indexAsGrowth(claim, context) ||
    consumerPriceGrowth(claim) ||
    partUsers(claim, context) ||
    basisPointChange(claim, context) ||
    inflationTarget(claim, context) ||
    staffOrEmployment(claim, context) ||
    companyCapex(claim, context) ||
    budgetAsSpending(claim, context) ||
    goodProduction(claim, context) ||
    sectorOutputGrowth(claim);
  // a change is read on whatever level the rulings above made of the figure
  return amountChange(claim, context) || ruled;
}
