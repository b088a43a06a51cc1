/**
 * Simple text tables: a caption line, an optional header of years, then rows of a label and
 * figures ("MegaCom | 3 950 | 4 120", "Ucell 10 120"). Each figure is one cell, measured in the
 * caption's unit and scale ("Active SIM cards by operator, thousand"). Pure.
 */
import { scaleBy } from './numbers.ts';
import { dayFirstDate, findTimeExpressions, monthOfYear } from './periods.ts';

export interface TableCell {
  /** Offsets of the figure in the document. */
  start: number;
  end: number;
  value: number;
  unit: string;
  /** The row's label, without a parenthesis: "Beeline (Sky Mobile)" → "Beeline". */
  row: string;
  /** The column's year, else the caption's period; '' for neither. */
  period: string;
  /** What the column measures, when its header names it ("Inflation", "Policy rate"); else ''. */
  column: string;
  /**
   * A column of changes on the month before ("Month-on-month", «к сентябрю 2026 г.» in a table of
   * October 2026): `'month'`, so its cells do not share a metric with the same row's annual change.
   */
  base: 'month' | '';
  /**
   * The column's header says its figures compare with a base ("Jan-Oct 2026 to Jan-Oct 2025, %",
   * «в % к III кв. 2025», «Индекс, %»): each cell is the row's change, a growth.
   */
  change: boolean;
  /** The row as written, for the claim's quote. */
  line: string;
}

export interface TextTable {
  /** From the caption's start to the last row's end. */
  start: number;
  end: number;
  /** What the figures measure: the caption without its scale, breakdown and date. */
  label: string;
  /** The caption breaks the figures down by something ("by operator"): the rows are entities. */
  byRow: boolean;
  caption: string;
  /**
   * The things each row counts, when the caption's brackets give their scale and name ("Key
   * operating indicators (thousand subscribers)" → "subscribers"); '' otherwise.
   */
  counted: string;
  cells: TableCell[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const FIGURE = String.raw`-?\d{1,3}(?:,\d{3})+\.\d+|-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|-?\d+(?:[.,]\d+)?`;
const PLAIN_ROW = new RegExp(String.raw`^(\p{L}[^|\t]*?\S)[ \t]+(${FIGURE})[ \t]*%?$`, 'u');
const CELL_FIGURE = new RegExp(String.raw`^(${FIGURE})\s*%?$`);
const SCALES: ReadonlyArray<[RegExp, number]> = [
  [/\b(?:thousands?|thous\.|'000)\b|(?<![\p{L}])(?:тыс|мың)/iu, 1e3],
  [/\b(?:millions?|mln|mn)\b|(?<![\p{L}])(?:млн|миллион)/iu, 1e6],
  [/\b(?:billions?|bln|bn)\b|(?<![\p{L}])(?:млрд|миллиард)/iu, 1e9],
  [/\b(?:trillions?|trln|tn)\b|(?<![\p{L}])(?:трлн|триллион)/iu, 1e12],
];
const CURRENCIES: ReadonlyArray<[RegExp, string]> = [
  [/\btenge\b|₸|\bKZT\b|(?<![\p{L}])(?:тенге|теңге)(?![\p{L}])/iu, 'KZT'],
  [/\bsoums?\b|\bUZS\b/i, 'UZS'],
  [/\bsoms?\b|\bKGS\b/i, 'KGS'],
  [/\bmanats?\b|\bAZN\b/i, 'AZN'],
  [/\blari\b|\bGEL\b/i, 'GEL'],
  [/\brub(?:les?|les)\b|\broubles?\b|\bRUB\b/i, 'RUB'],
  [/\beuros?\b|€|\bEUR\b/i, 'EUR'],
  [/\bdollars?\b|\$|\bUSD\b/i, 'USD'],
];

/** A caption's unit or scale: "%", "$ billion", "thousand tonnes", "млрд тенге", "в %". */
const CAPTION_MEASURE =
  /%|\$|€|\b(?:thousands?|millions?|billions?|trillions?|mln|bn|tenge|dollars?|percent|tonnes?|tons?)\b|(?<![\p{L}])(?:тыс|млн|млрд|трлн|тенге|теңге|долл\p{L}*|мың|тонн\p{L}*)(?![\p{L}])/iu;

/** A column headed by the base it compares with: "к сентябрю", "vs Sept.", "compared with 2025". */
const COLUMN_BASE = /^(?:к|кезеңге|vs\.?|compared\s+(?:with|to))\s/iu;

/** The base a column compares with, after what it is: "Oct 2026 vs Oct 2025", "2026 к 2025". */
const COLUMN_BASE_AFTER = /\s(?:vs\.?|versus|compared\s+(?:with|to)|against|к|против)\s.*$/iu;
/** A column's unit or scale after its period: "Jan-Oct 2026 trillion tenge", "2026, %". */
const MEASURE_AFTER =
  /,?\s*(?:%|\(?(?:thousands?|millions?|billions?|trillions?|mln|bn|tenge|dollars?|percent|тыс|млн|млрд|трлн|тенге|теңге)(?![\p{L}]).*)$/iu;

const MONTH_ON_MONTH =
  /^(?:month[- ]on[- ]month|m\/m|mom|к\s+предыдущему\s+месяцу|за\s+месяц|айға|алдыңғы\s+айға)\b/iu;
const YEAR_ON_YEAR = /^(?:year[- ]on[- ]year|y\/y|yoy|annual|за\s+год|жылға)(?![\p{L}])/iu;

/** `'month'` when `base` ("2026-09") is the month before `period` ("2026-10"). */
function monthBefore(base: string, period: string): 'month' | '' {
  if (!/^\d{4}-\d\d$/.test(base) || !/^\d{4}-\d\d$/.test(period)) return '';
  const months = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7));
  return months(period) - months(base) === 1 ? 'month' : '';
}

/**
 * A header of a column of changes: a percentage on a base ("in % to 2025", "Oct 2026 to Oct 2025,
 * %", «в % к III кв.») or an index («Индекс, %», "Volume index, %").
 */
const CHANGE_COLUMN =
  /^(?=.*%)(?:.*(?:\bto|\bvs\.?|\bof|\bagainst|\bcompared\s+with|(?<![\p{L}])к|(?<![\p{L}])против)\s+\S|(?:[\p{L} ]*\s)?(?:index|индекс\p{L}*)(?![\p{L}]))/iu;

const INDEX_BASE_BEFORE = /(?:(?<![\p{L}])к|%\s+of|\bvs\.?|\bcompared\s+(?:with|to))\s+$/iu;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    const trimmed = piece.replace(/\r$/, '');
    lines.push({ start, end: start + trimmed.length, text: trimmed });
    start += piece.length + 1;
  }
  return lines;
}

function pipeCells(line: string): string[] | null {
  if (!line.includes('|')) return null;
  const cells = line.split('|').map((cell) => cell.trim());
  return cells.length >= 2 ? cells : null;
}

function parseFigure(raw: string): number {
  const plain = raw.replace(/[ \u00a0\u202f%]/g, '');
  return Number(/,\d{1,2}$/.test(plain) ? plain.replace(',', '.') : plain.replace(/,/g, ''));
}

/** Cells of a line laid out in columns: split at runs of two or more spaces or at tabs. */
function alignedCells(line: string): { at: number; text: string }[] | null {
  if (!/\S(?: {2,}|\t)\S/.test(line)) return null;
  const cells: { at: number; text: string }[] = [];
  const pattern = /\S+(?: \S+)*/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(line))) cells.push({ at: match.index, text: match[0] });
  return cells.length >= 2 ? cells : null;
}

/**
 * A header of columns laid out with spaces: "Country   Inflation   Policy rate", "Region   Jan-Sep
 * 2024   Jan-Sep 2025", "Показатель   9 мес. 2025   9 мес. 2026": the names of the figure columns
 * (the first cell names the rows), or null when the line is no such header.
 */
function alignedHeader(line: string): string[] | null {
  // indented over the rows' names ("              Month-on-month   Year-on-year"): every cell
  // names a figure column, so two are enough
  const indented = /^\s/.test(line);
  const cells = indented ? indentedCells(line) : alignedCells(line);
  if (!cells || cells.length < (indented ? 2 : 3)) return null;
  if (!cells.every((cell) => /\p{L}/u.test(cell.text) && cell.text.length <= 40)) return null;
  return (indented ? cells : cells.slice(1)).map((cell) => cell.text);
}

/** The cells of an indented line with at least two of them, or null. */
function indentedCells(line: string): { at: number; text: string }[] | null {
  const cells = alignedCells(line.trimStart());
  const indent = line.length - line.trimStart().length;
  return cells && cells.map((cell) => ({ at: cell.at + indent, text: cell.text }));
}

/**
 * The second line of a header written over two ("к сентябрю   к октябрю" over "2026 г.   2025
 * г."): indented, as many cells as the first, none of them a figure.
 */
function headerContinues(line: string, columns: number): boolean {
  if (!/^\s/.test(line)) return false;
  const cells = indentedCells(line);
  return cells?.length === columns && cells.every((cell) => !CELL_FIGURE.test(cell.text));
}

/** A row's figures with their offsets in the line, or null when the line is no row. */
function rowFigures(
  line: string,
): { label: string; figures: { at: number; raw: string }[] } | null {
  const aligned = alignedCells(line);
  if (aligned && aligned.length >= 3 && !line.includes('|')) {
    const [label, ...rest] = aligned;
    if (/\p{L}/u.test(label!.text) && rest.every((cell) => CELL_FIGURE.test(cell.text)))
      return {
        label: label!.text,
        figures: rest.map((cell) => ({ at: cell.at, raw: CELL_FIGURE.exec(cell.text)![1]! })),
      };
  }
  const cells = pipeCells(line);
  if (cells) {
    const figures: { at: number; raw: string }[] = [];
    let cursor = line.indexOf('|');
    for (const cell of cells.slice(1)) {
      const at = line.indexOf(cell, cursor);
      cursor = at + cell.length;
      const match = CELL_FIGURE.exec(cell);
      if (!match) return null;
      figures.push({ at, raw: match[1]! });
    }
    return /\p{L}/u.test(cells[0]!) ? { label: cells[0]!, figures } : null;
  }
  const plain = PLAIN_ROW.exec(line.trim());
  if (!plain || /[.!?:;]$/.test(plain[1]!) || plain[1]!.split(/\s+/).length > 5) return null;
  const offset = line.indexOf(line.trim());
  return {
    // "China — 22.9", "Строительство — 114,2": the dash joins the label to its figure
    label: plain[1]!.replace(/\s+[—–-]$/, ''),
    figures: [{ at: offset + plain.index + line.trim().lastIndexOf(plain[2]!), raw: plain[2]! }],
  };
}

/**
 * A caption or header whose rows are the figures' entities: "by operator", "per region", Russian
 * "по регионам", Kazakh "өңірлер бойынша", or a header that opens with such a word ("Регион | …").
 */
const BY_ROW = new RegExp(
  String.raw`\s(?:by|per)\s+(?!(?:main\s+|key\s+)?(?:sectors?|industr|types?|products?|commodit|items?|groups?|categor|activit|kinds?|branch|purpose|source)\p{L}*)\p{L}|(?<![\p{L}])(?:по\s+(?:регион|област|город|стран)\p{L}*|` +
    String.raw`(?:өңір|облыс|ел)\p{L}*\s+бойынша)|` +
    String.raw`^(?:Регион|Область|Өңір|Облыс|Страна|Ел)\p{L}*\s*\|`,
  'iu',
);

/** A header's first cell that names whom its rows are: places, partners, operators, companies. */
const ROW_ENTITIES =
  /^(?:country|countries|region|regions|partner|city|operator|company|регион|область|страна|оператор|компания|өңір|облыс|ел)(?![\p{L}])/iu;

/** "Operator | 2024 | 2025": the years of the columns, or null. */
function headerYears(line: string): string[] | null {
  const cells = pipeCells(line);
  if (cells) {
    const years = cells.slice(1);
    return years.length > 0 && years.every((cell) => /^(?:19|20)\d\d$/.test(cell)) ? years : null;
  }
  // "                30.09.2026   30.09.2025": columns laid out with spaces over the row names,
  // each a year or a day (day.month.year, as releases in the region write it)
  // "Indicator      2024     2025": or after the name of the rows' column
  const named = !/^\s/.test(line);
  const all = alignedCells(line);
  const aligned = named && all && /\p{L}/u.test(all[0]!.text) ? all.slice(1) : all;
  if (!aligned || aligned.length < 2 || (named && aligned === all)) return null;
  const periods = aligned.map(
    (cell) => dayFirstDate(cell.text) || (/^(?:19|20)\d\d$/.test(cell.text) ? cell.text : ''),
  );
  if (!periods.every((period) => period !== '')) return null;
  // after a row's name, years in order one after another ("2024  2025"), not a row whose
  // figures happen to read as years ("Wheat  2010  2150")
  const years = periods.map((period) => Number(period.slice(0, 4)));
  const inOrder = years.every((year, i) => i === 0 || Math.abs(year - years[i - 1]!) === 1);
  return named && !inOrder ? null : periods;
}

/**
 * The text tables of `text`: a caption, an optional header of years, and at least two rows.
 *
 * @example findTables('SIM cards by operator, thousand\nAlfa | 3 950\nBeta | 2 420', '2025-11-05')[0]!.cells.map((c) => c.value)
 *   // [3950000, 2420000]
 */
export function findTables(text: string, documentDate: string): TextTable[] {
  if (!text.includes('\n')) return [];
  const lines = linesOf(text);
  const tables: TextTable[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const caption = lines[i]!;
    const captionText = caption.text.trim();
    if (!captionText || captionText.length > 120 || /[.!?;]$/.test(captionText)) continue;
    // "Tax revenues, trillion tenge:", "в % к январю–сентябрю 2025 года:": a caption may end in a
    // colon when it names the unit or scale of the rows below it (a list's intro names neither)
    if (captionText.endsWith(':') && !CAPTION_MEASURE.test(captionText)) continue;
    // "Industrial output, January-October 2026": a caption may end in its year; a line of cells
    // laid out in columns is a header or a row, never a caption
    const captionRow = rowFigures(caption.text);
    if (captionRow && !captionRow.figures.every((figure) => /^(?:19|20)\d\d$/.test(figure.raw)))
      continue;
    if (headerYears(caption.text) || (alignedCells(captionText)?.length ?? 0) >= 2) continue;
    let next = i + 1;
    // "Table 1. Exports … (thousand tonnes)", a blank line, then the rows
    if (
      lines[next]!.text.trim() === '' &&
      next + 2 < lines.length &&
      CAPTION_MEASURE.test(captionText) &&
      rowFigures(lines[next + 1]!.text) &&
      rowFigures(lines[next + 2]!.text)
    )
      next += 1;
    // "Table 1. …" then a blank line, then the header
    if (
      lines[next]!.text.trim() === '' &&
      next + 3 < lines.length &&
      (alignedHeader(lines[next + 1]!.text) || headerYears(lines[next + 1]!.text))
    )
      next += 1;
    const years = headerYears(lines[next]!.text);
    let header = years ? null : alignedHeader(lines[next]!.text);
    const headerLine = lines[next]!.text.trim();
    if (years || header) next += 1;
    if (header && next < lines.length && headerContinues(lines[next]!.text, header.length)) {
      const below = indentedCells(lines[next]!.text)!;
      header = header.map((name, column) => `${name} ${below[column]!.text}`);
      next += 1;
    }
    const rows: { line: Line; label: string; figures: { at: number; raw: string }[] }[] = [];
    while (next < lines.length) {
      const row = rowFigures(lines[next]!.text);
      if (!row || (years && row.figures.length !== years.length)) break;
      if (header && row.figures.length !== header.length) break;
      if (rows.length > 0 && row.figures.length !== rows[0]!.figures.length) break;
      rows.push({ line: lines[next]!, ...row });
      next += 1;
    }
    if (rows.length < 2) continue;
    const scaleOf = (text: string): number =>
      SCALES.find(([pattern]) => pattern.test(text))?.[1] ?? 1;
    const unitOf = (text: string): string =>
      /%|\bper\s*cent\b|\bpercent(?:age)?\b|\bshare\b/i.test(text)
        ? 'percent'
        : (CURRENCIES.find(([pattern]) => pattern.test(text))?.[1] ?? 'count');
    const scale = scaleOf(captionText);
    const unit = unitOf(captionText);
    // a header of pipes read as the caption ("Оператор | Абоненты, млн | Доля рынка, %"): each
    // column has its own unit and scale
    const pipeHeader = pipeCells(captionText)?.slice(1);
    // the title above such a header ("Абоненты по операторам на 1 октября 2025 года") dates it
    const title =
      pipeHeader && i >= 2 && lines[i - 1]!.text.trim() === '' ? lines[i - 2]!.text.trim() : '';
    const dated = title && !/\d[\d\s,.]*$/.test(title) && title.length <= 120 ? title : captionText;
    const language = /[\u0400-\u04ff]/.test(dated) ? 'ru' : 'en';
    // "в % к январю–сентябрю 2025 года", "% of Jan-Sep 2025": the base of an index is no period
    const times = findTimeExpressions(dated, documentDate, language).filter(
      (t) => t.period !== '' && !INDEX_BASE_BEFORE.test(dated.slice(0, t.start)),
    );
    // a column whose header names its own unit or scale ("Jan-Oct 2026 trillion tenge", "Abonents,
    // mln | Share, %") is measured in it, else in the caption's
    const columnMeasures = (pipeHeader ?? header ?? []).map((name) =>
      pipeHeader || CAPTION_MEASURE.test(name) ? name : undefined,
    );
    // each column of an aligned header: a period ("Jan-Sep 2025", "9 мес. 2026") or what it measures
    const columns = (header ?? []).map((name) => {
      // «Индекс, %»: a column of changes names no measure of its own
      if (/^(?:[\p{L} ]*\s)?(?:index|индекс\p{L}*)(?![\p{L}])[^\p{L}]*$/iu.test(name))
        return { period: '', label: '', base: '' as const };
      // "к сентябрю", "vs September": the base a column compares with is not its period
      if (COLUMN_BASE.test(name)) {
        const base = monthOfYear(name.replace(COLUMN_BASE, ''));
        return { period: '', label: '', base: monthBefore(base, times[0]?.period ?? '') };
      }
      if (MONTH_ON_MONTH.test(name)) return { period: '', label: '', base: 'month' as const };
      // "Year-on-year": a comparison, not a measure
      if (YEAR_ON_YEAR.test(name)) return { period: '', label: '', base: '' as const };
      // "октябрь 2026": a month's column is that month's; "Oct 2026 vs Oct 2025, %" is October
      // 2026's, its base no period
      const own = name.replace(COLUMN_BASE_AFTER, '').replace(MEASURE_AFTER, '').trim();
      const year = monthOfYear(own) || /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(own)?.[1];
      return year
        ? { period: year, label: '', base: '' as const }
        : { period: '', label: name, base: '' as const };
    });
    let label = captionText.replace(/^(?:Table|Таблица|Кесте)\s*\d*\s*[.:]\s*/iu, '');
    for (const time of [...times].reverse())
      label = label.slice(0, time.start) + label.slice(time.end);
    label = label
      // "(percentage change)", "(volume index, % of …)", ", в %": the caption's measure, said apart
      // from what it measures
      .replace(/,?\s*\((?:in\s+)?(?:%|per\s*cent|percent(?:age)?|volume\s+index)[^)]*\)/i, '')
      .replace(/,?\s*(?:(?<![\p{L}])в\s+)?%(?!\p{L}).*$/u, '')
      .replace(
        /,?\s*(?:thousands?|millions?|billions?|trillions?|mln|bn|%|per\s*cent|percent)\b.*$/i,
        '',
      )
      .replace(/,?\s+(?:as\s+of|at|in|for|on|в|на|за)\s*,?\s*$/iu, '')
      .replace(/[\s,]+$/, '')
      .replace(/\s+(?:by|per)\s+\p{L}+(?:\s+\p{L}+)?\s*$/u, '')
      .replace(/\s+/g, ' ')
      .trim();
    const cells: TableCell[] = [];
    for (const row of rows) {
      row.figures.forEach((figure, column) => {
        const start = row.line.start + figure.at;
        cells.push({
          start,
          end: start + figure.raw.length,
          value: scaleBy(
            parseFigure(figure.raw),
            columnMeasures[column] !== undefined ? scaleOf(columnMeasures[column]!) : scale,
          ),
          unit: columnMeasures[column] !== undefined ? unitOf(columnMeasures[column]!) : unit,
          row: row.label.replace(/\s*\([^)]*\)\s*/g, ' ').trim(),
          period: years?.[column] || columns[column]?.period || times[0]?.period || '',
          column: columns[column]?.label ?? '',
          base: columns[column]?.base ?? '',
          change: CHANGE_COLUMN.test((pipeHeader ?? header ?? [])[column] ?? ''),
          line: row.line.text,
        });
      });
    }
    tables.push({
      start: caption.start,
      end: rows.at(-1)!.line.end,
      label,
      // a header that opens with a word for places ("Country", "Region") lists entities in rows
      byRow:
        BY_ROW.test(captionText) ||
        ROW_ENTITIES.test(header !== null ? headerLine : pipeHeader ? captionText : ''),
      caption: captionText,
      counted:
        /\((?:in\s+)?(?:thousands?|millions?|billions?|mln|bn)\s+(?:of\s+)?(\p{Ll}[\p{Ll} -]{2,30})\)/u.exec(
          captionText,
        )?.[1] ?? '',
      cells,
    });
    i = next - 1;
  }
  return tables;
}
