import { describe, expect, test } from 'vitest';
import { goldCorpora } from './gold.ts';

// The gold corpora are hand-made; these checks catch a slip in an offset or a stray row before it
// skews the extractor's scores.
describe.each(goldCorpora())('gold corpus $name', ({ gold, texts, documents }) => {
  test('has annotations for every document', () => {
    const annotated = new Set(gold.map((row) => row.source_id));
    expect(documents.length).toBeGreaterThan(0);
    expect([...texts.keys()].filter((id) => !annotated.has(id))).toEqual([]);
  });

  test('every row points at a document', () => {
    expect(gold.filter((row) => !texts.has(row.source_id)).map((row) => row.source_id)).toEqual([]);
  });

  test("every row's offsets give back its mention", () => {
    const wrong = gold
      .map((row) => ({
        row,
        found: texts.get(row.source_id)?.slice(row.mention_start, row.mention_end),
      }))
      .filter(({ row, found }) => found !== row.mention)
      .map(
        ({ row, found }) =>
          `${row.source_id} [${row.mention_start}, ${row.mention_end}): "${found}" ≠ "${row.mention}"`,
      );
    expect(wrong).toEqual([]);
  });

  test('mentions do not overlap and are listed in document order', () => {
    const problems: string[] = [];
    gold.forEach((row, index) => {
      const previous = gold[index - 1];
      if (
        previous &&
        previous.source_id === row.source_id &&
        previous.mention_end > row.mention_start
      ) {
        problems.push(
          `${row.source_id}: "${previous.mention}" [${previous.mention_start}] then "${row.mention}" [${row.mention_start}]`,
        );
      }
    });
    expect(problems).toEqual([]);
  });

  /** Russian and Kazakh number words, multiples and scales, by their stems. */
  const CYRILLIC_NUMBER_WORD =
    /один|одн|два|две|двух|три|трет|четверт|тр[её]х|четыр|пят|шест|сем|восем|девят|десят|сорок|сто|тысяч|миллион|миллиард|триллион|полтор|половин|вдвое|втрое|удво|утро|мың|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|жүз|жарты|есе/iu;

  test('every mention carries a digit or a number word', () => {
    const numberless = gold.filter(
      (row) =>
        !/\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|quarter|third|fifth|tenth|double|doubling|triple|twice|fold/i.test(
          row.mention,
        ) && !CYRILLIC_NUMBER_WORD.test(row.mention),
    );
    expect(numberless.map((row) => row.mention)).toEqual([]);
  });
});
