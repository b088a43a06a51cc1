/**
 * The claims of a text table's cells (`tables.ts` finds the tables): each cell measures what its
 * column or the caption names, and is about its row, the text's subject, or the pair of the two
 * when the table is one of flows between places (rule 5). Pure.
 */
import type { Claim } from '../../src/lib/claim.ts';
import { chooseMetric, findMetricPhrases, type MetricCatalogue } from './catalogue.ts';
import { UNKNOWN_ENTITY, type Passage } from './context.ts';
import { cyrillicMetricSlug, transliterate } from './cyrillic-metrics.ts';
import { findPlaces, NAMES_A_FLOW, ORGANISATIONS, pairName } from './entities.ts';
import type { SourceMeta } from './extract.ts';
import { cleanLabel } from './metric-phrase.ts';
import { slugify } from './metrics.ts';
import type { TableCell, TextTable } from './tables.ts';

/** A table of flows between places: trade, turnover, exports, imports, remittances. */
const isFlowTable = (label: string): boolean =>
  NAMES_A_FLOW.test(label) ||
  /(?<![\p{L}])(?:товарооборот|торгов|экспорт|импорт|денежн\p{L}*\s+перевод|тауар айналым|сауда|ақша аударым)/iu.test(
    label,
  );

/** "Almaty city", "City of Astana": a row that names a city by its status word. */
const CITY_ROW =
  /^\s*(?:[Cc]ity\s+of\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?:\s+[Cc]ity)?\s*$/u;

/**
 * The place a row names, by its one name: a Russian or Kazakh row that names one place ("г.
 * Астана") is that place in English; "Almaty city" is Almaty, as the city is named everywhere else.
 */
function rowEntity(row: string): string {
  if (!/[\u0400-\u04ff]/.test(row)) {
    const city = /\bcity\b/i.test(row) ? CITY_ROW.exec(row) : null;
    return city && !/^City$/.test(city[1]!) ? city[1]! : row;
  }
  const places = findPlaces(row);
  return places.length === 1 ? places[0]!.entity : row;
}

/** A row that is one place and nothing else: "Kazakhstan", "Almaty city", "Karaganda region". */
function isPlace(row: string): boolean {
  const places = findPlaces(row);
  return places.length === 1 && places[0]!.start === 0 && places[0]!.end >= row.trim().length - 1;
}

/** A caption that opens with what its rows measure: "Exports of main commodities", "Production by …". */
const MEASURE_FIRST =
  /^(?:exports|imports|production|output|sales|экспорт|импорт|производство|добыча)(?![\p{L}])/iu;

const PHYSICAL_VOLUME = /^(?:индекс\s+физического\s+объ[её]ма|физикалық\s+көлем\s+индексі)/iu;

/** A caption that ends with what its rows measure: "Industrial output", "Объём промышленного производства". */
const MEASURE_LAST =
  /(?<![\p{L}])(output|production|exports|imports|sales|investment|turnover|выпуск|производств\p{L}*|экспорт|импорт)$/iu;

/** A caption of changes: a volume index, "% of the same period", "in % to", "year on year". */
const CHANGE_CAPTION =
  /\bvolume\s+index\b|%\s+(?:of|to|on)\s+(?:the\s+)?(?:same|corresponding)|\byear[- ]on[- ]year\b|(?<![\p{L}])(?:индекс\p{L}*\s+физическ\p{L}*|в\s+%\s+к)/iu;

/** A caption of forecasts: "Country forecasts for 2026", "Прогноз роста ВВП". */
const FORECAST_CAPTION =
  /\b(?:forecasts?|outlook|projections?|projected)\b|(?<![\p{L}])(?:прогноз\p{L}*|болжам\p{L}*)/iu;

/** A table of price changes: a consumer or producer price index, «изменение цен», inflation. */
const PRICE_CAPTION =
  /\b(?:price\s+index|consumer\s+prices|inflation|price\s+changes?)\b|(?<![\p{L}])(?:индекс\p{L}*\s+(?:потребительских\s+)?цен|изменени\p{L}*\s+цен|инфляци\p{L}*|баға\p{L}*\s+индекс\p{L}*|бағаның\s+өзгеру\p{L}*)/iu;

/** A price table's row for the whole basket: "All goods and services", «Товары и услуги, всего». */
const WHOLE_BASKET =
  /^(?:all\s+goods\s+and\s+services|total|cpi|всего|итого|барлығы)\b|(?<![\p{L}])(?:всего|барлығы)$/iu;

/**
 * A price table's cell: the whole basket's change is inflation (the month's when its column is on
 * the month before), a row's is that good's or service's inflation, named in the text's language
 * with an English slug, so that a month's and a year's change of one row are two metrics.
 */
function priceCellMetric(
  cell: TableCell,
): Pick<Claim, 'metric' | 'metric_label' | 'metric_source'> {
  const cyrillic = /[\u0400-\u04ff]/.test(cell.row);
  const kazakh = /[әғқңөұүһі]/iu.test(cell.row);
  const monthly = cell.base === 'month';
  if (WHOLE_BASKET.test(cell.row.trim()))
    return monthly
      ? { metric: 'monthly_inflation', metric_label: 'Monthly inflation', metric_source: 'phrase' }
      : { metric: 'inflation', metric_label: 'Inflation', metric_source: 'catalogue' };
  const row = cell.row.replace(
    /^(?:of\s+which|including|в\s+том\s+числе|оның\s+ішінде)\s*:?\s*/iu,
    '',
  );
  const word = cyrillic
    ? kazakh
      ? monthly
        ? 'айлық инфляция'
        : 'инфляция'
      : monthly
        ? 'инфляция за месяц'
        : 'инфляция'
    : monthly
      ? 'monthly inflation'
      : 'inflation';
  const label = `${row.charAt(0).toUpperCase()}${row.slice(1)}, ${word}`;
  return {
    metric: `${monthly ? 'monthly_' : ''}${slugify(cyrillic ? transliterate(row) : row)}_inflation`,
    metric_label: label,
    metric_source: 'phrase',
  };
}

/** The organisation a table's row is, when the row is only its name ("Kcell"); '' otherwise. */
function rowOrganisation(row: string): string {
  const places = findPlaces(row, true);
  return places.length === 1 &&
    places[0]!.start === 0 &&
    places[0]!.end === row.trim().length &&
    ORGANISATIONS.has(places[0]!.entity)
    ? places[0]!.entity
    : '';
}

/** The claim of one table cell: the caption's metric, the row's entity when the caption breaks figures down by it. */
export function tableClaim(
  table: TextTable,
  cell: TableCell,
  catalogue: MetricCatalogue,
  context: {
    source: SourceMeta;
    ownDate: string;
    subject: string;
    passage: Passage;
    idOf: (start: number, end: number) => string;
  },
): Claim {
  // a column that names its own measure ("Inflation", "Policy rate") names the cell's
  // "Mobile" under "(thousand subscribers)": the row counts the caption's things
  // rows that are each a place ("Kazakhstan 5.0", "China — 22.9", "Almaty city 612") break the
  // caption's figure down by place, whatever the caption says
  const byRow = table.byRow || isPlace(cell.row);
  // "Exports of main commodities" over "Coal": the row is what the caption's measure is of
  // an index of physical volume ("Индекс физического объема по отраслям") is each row's growth
  // "Industrial output by sector" over "Mining  19.2  102.3": the row's output, its change where
  // the column or caption gives a change (a percentage beside a level, a volume index)
  const last = MEASURE_LAST.exec(table.label)?.[1];
  const change =
    cell.unit === 'percent' &&
    (CHANGE_CAPTION.test(table.caption) ||
      table.cells.some((other) => other.unit !== 'percent' && other.row === cell.row));
  const measure = PHYSICAL_VOLUME.test(table.label)
    ? 'рост'
    : (MEASURE_FIRST.exec(table.label)?.[0] ??
      (last && !byRow
        ? `${last}${change ? (/[\u0400-\u04ff]/.test(last) ? ' рост' : ' growth') : ''}`
        : undefined));
  const name =
    cell.column ||
    (byRow
      ? table.label
      : measure
        ? `${cell.row} ${measure.toLowerCase()}`
        : table.counted
          ? `${cell.row} ${table.counted}`
          : cell.row);
  const match = chooseMetric(findMetricPhrases(catalogue, name), 0, name.length, cell.unit);
  const label = cleanLabel(name) || name;
  const prices =
    !cell.column && !byRow && cell.unit === 'percent' && PRICE_CAPTION.test(table.caption)
      ? priceCellMetric(cell)
      : null;
  const metric = match
    ? match.entry.metric
    : /[\u0400-\u04ff]/.test(label)
      ? cyrillicMetricSlug(label, /[әғқңөұүһі]/iu.test(label) ? 'kk' : 'ru') ||
        slugify(transliterate(label))
      : slugify(label);
  const metricLabel = match ? match.entry.label : label.charAt(0).toUpperCase() + label.slice(1);
  // a cell under "in % to January-October 2025" or «Индекс, %» is the change of what its row and
  // caption measure (README, Metric: volume indices are the indicator's growth)
  const growth = cell.change && cell.unit === 'percent' && !/_growth$/.test(metric);
  return {
    id: context.idOf(cell.start, cell.end),
    metric: prices ? prices.metric : growth ? `${metric}_growth` : metric,
    metric_label: prices
      ? prices.metric_label
      : growth
        ? `${metricLabel}${/[\u0400-\u04ff]/.test(metricLabel) ? ', рост' : ', growth'}`
        : metricLabel,
    metric_source: prices ? prices.metric_source : match ? 'catalogue' : 'phrase',
    entity:
      match?.entry.entity ||
      (!byRow
        ? // a Russian or Kazakh table whose rows are organisations: each row's figures are its own
          (/[\u0400-\u04ff]/.test(table.caption) && rowOrganisation(cell.row)) || context.subject
        : // "Foreign trade turnover by main partner": a flow between the subject and each row (rule 5)
          isFlowTable(table.label) &&
            context.subject !== UNKNOWN_ENTITY &&
            rowEntity(cell.row) !== context.subject
          ? pairName(context.subject, rowEntity(cell.row), context.subject)
          : rowEntity(cell.row)),
    period: cell.period || context.passage.period,
    value: cell.value,
    unit: cell.unit,
    unit_label: '',
    qualifier: 'exact',
    kind: FORECAST_CAPTION.test(table.caption) ? 'forecast' : context.passage.kind || 'actual',
    source_id: context.source.id,
    source_date: context.ownDate,
    source_outlet: context.source.outlet,
    source_url: context.source.url,
    quote: cell.line.trim(),
    quote_start: cell.start,
    quote_end: cell.end,
    related_id: '',
  };
}
