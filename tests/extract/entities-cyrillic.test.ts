/**
 * Whom a Russian or Kazakh figure is about, table-driven, on sentences written for this test: the
 * figure is the first number in the sentence that is not a year.
 */
import { describe, expect, test } from 'vitest';
import { namedOrganisations, organisationBefore } from '../../scripts/extract/context.ts';
import { entityFor } from '../../scripts/extract/entities.ts';

const ROWS: ReadonlyArray<[sentence: string, entity: string]> = [
  ['ВВП Казахстана вырос на 6,2%.', 'Kazakhstan'],
  ['В Казахстане работают 1 900 ИТ-компаний.', 'Kazakhstan'],
  ['Экспорт Узбекистана составил 25 млрд долларов.', 'Uzbekistan'],
  ['Экспорт в Узбекистан составил 4 млрд долларов, сообщил Казахстан.', 'Kazakhstan'],
  ['Мировой рынок ИИ достигнет 400 млрд долларов.', 'World'],
  ['В мире насчитывается 5 млрд пользователей интернета.', 'World'],
  ['Бюджет Астаны составил 1,2 трлн тенге.', 'Astana'],
  ['В Алматы открыто 12 новых школ.', 'Almaty'],
  ['Выручка «Казахтелекома» выросла на 8%.', 'Kazakhtelecom'],
  ['Қазақстанның ІЖӨ-і 6,2 пайызға өсті.', 'Kazakhstan'],
  ['Өзбекстанда 2 мың компания тіркелді.', 'Uzbekistan'],
  ['Қытайға экспорт 3 млрд долларды құрады, деп хабарлады Қазақстан.', 'Kazakhstan'],
  ['Әлемдік нарық 400 млрд долларға жетеді.', 'World'],
];

describe('entities in Russian and Kazakh', () => {
  test.each(ROWS)('%s → %s', (sentence, entity) => {
    const start = sentence.search(/(?<!\d)(?!(?:19|20)\d\d(?!\d))\d/);
    expect(entityFor(sentence, start, start + 1)).toBe(entity);
  });
});

describe('a sentence about "the company" is about the organisation named before it', () => {
  test.each([
    ['Kaspi.kz published its results. The company earned $1 billion.', 'Kaspi.kz'],
    ['Итоги подвёл «Казахтелеком». Выручка компании выросла на 8%.', 'Kazakhtelecom'],
    ['Astana Hub отчитался. Резиденты технопарка привлекли $186 млн.', 'Astana Hub'],
    ['Экономика выросла. Выручка компании выросла на 8%.', ''],
  ])('%s → %s', (text, entity) => {
    const sentence = text.slice(text.indexOf('. ') + 2);
    expect(organisationBefore(sentence, () => namedOrganisations(text), text.length)).toBe(entity);
  });
});
