/**
 * The gold README's "## Metric" rulings in English, Russian and Kazakh: volume indices are
 * growth, headcounts are employees or employment, a company's capital spending is capex, a budget
 * as such is its expenditure, one good's physical output is its production, a sector's growth is
 * its output's.
 */
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../scripts/extract/extract.ts';
import { loadDefaultCatalogue } from '../../scripts/extract/io.ts';

const catalogue = loadDefaultCatalogue();
const source = { id: 'doc', title: '', outlet: '', url: '', published: '2026-03-12' };
/** The metric of the claim whose mention is `mention`. */
const metricOf = (text: string, mention: string): string | undefined => {
  const at = text.indexOf(mention);
  return extractClaims(text, source, catalogue).find((claim) => claim.quote_start === at)?.metric;
};

describe('volume indices are their indicator’s growth', () => {
  test.each([
    [
      'Manufacturing in the province reached 3.2 trillion tenge, and the index of physical volume stood at 106.1%.',
      '106.1%',
      'industrial_growth',
    ],
    [
      'В январе–мае индекс физического объёма промышленного производства составил 104,9%.',
      '104,9%',
      'industrial_growth',
    ],
    [
      'Облыстағы өнеркәсіп өнімінің көлемі 820 млрд теңге болды, нақты көлем индексі 105,3 пайыз.',
      '105,3 пайыз',
      'industrial_growth',
    ],
    ['Индекс реальной заработной платы за квартал составил 102,7%.', '102,7%', 'real_wage_growth'],
  ])('%s', (text, mention, metric) => {
    expect(metricOf(text, mention)).toBe(metric);
  });
});

describe('headcounts: employees of an organisation, employment of a sector', () => {
  test.each([
    [
      'The zone’s resident firms employ about 9,400 people, the operator said.',
      '9,400',
      'employees',
    ],
    ['В компаниях-участниках хаба работают 27 тыс. человек.', '27 тыс.', 'employees'],
    ['В ИТ-отрасли страны занято около 63 тысяч специалистов.', '63 тысяч', 'it_employment'],
    ['Қазір IT-салада 52 мыңға жуық маман жұмыс істейді.', '52 мыңға', 'it_employment'],
  ])('%s', (text, mention, metric) => {
    expect(metricOf(text, mention)).toBe(metric);
  });
});

describe('a company’s capital spending is capex', () => {
  test.each([
    [
      'Beltel said it had invested 75 million manat in its network in 2025.',
      '75 million manat',
      'capex',
    ],
    [
      'Капитальные затраты оператора в 2027 году составят 140 млрд тенге.',
      '140 млрд тенге',
      'capex',
    ],
    ['Компанияның биылғы инвестициялық бағдарламасы 95 млрд теңге.', '95 млрд теңге', 'capex'],
  ])('%s', (text, mention, metric) => {
    expect(metricOf(text, mention)).toBe(metric);
  });
});

describe('a budget as such is what it spends', () => {
  test.each([
    [
      'The budgets of Pavlodar and Aktobe for 2027 were approved at 410 billion tenge and 380 billion tenge respectively.',
      '410 billion tenge',
      'budget_expenditure',
    ],
    [
      'В 2026 году бюджет области составлял 690 млрд тенге.',
      '690 млрд тенге',
      'budget_expenditure',
    ],
    ['Облыстың 2027 жылғы бюджеті 730 млрд теңге.', '730 млрд теңге', 'budget_expenditure'],
  ])('%s', (text, mention, metric) => {
    expect(metricOf(text, mention)).toBe(metric);
  });
});

describe('one good’s physical output is its production; a sector’s growth its output’s', () => {
  test.each([
    ['Zinc output reached 61,000 tonnes in the first half.', '61,000', 'zinc_production'],
    [
      'The miner, which produced 140,000 tons of copper last year, expects output of 150,000 tons in 2027.',
      '150,000',
      'copper_production',
    ],
    [
      'Construction grew by 11.2% and transport by 6.4% over the year.',
      '11.2%',
      'construction_output_growth',
    ],
    ['Строительство выросло на 12,6%, торговля – на 7,1%.', '12,6%', 'construction_output_growth'],
    ['Құрылыс 9,4%-ға өсті.', '9,4%', 'construction_output_growth'],
  ])('%s', (text, mention, metric) => {
    expect(metricOf(text, mention)).toBe(metric);
  });
});

describe('a rate moved by basis points is the rate’s change', () => {
  test.each([
    [
      'The central bank of the republic raised its base rate by 75 basis points to 17.25% on Friday.',
      '75 basis points',
      'base_rate_growth',
    ],
    [
      'Национальный банк повысил базовую ставку на 75 базисных пунктов, до 17,25% годовых.',
      '75 базисных пунктов',
      'base_rate_growth',
    ],
  ])('%s', (text, mention, metric) => {
    expect(metricOf(text, mention)).toBe(metric);
  });
});

describe('a percentage standing as a target where inflation is spoken of is the inflation target', () => {
  test.each([
    [
      'Consumer inflation eased to 4.6% in March, still above the monetary authority’s 4% target.',
      '4% target',
      'inflation_target',
    ],
    [
      'Инфляция в марте замедлилась до 7,2%. Приблизиться к цели в 4% регулятор рассчитывает в 2028 году.',
      '4%',
      'inflation_target',
    ],
  ])('%s', (text, mention, metric) => {
    expect(metricOf(text, mention.replace(' target', ''))).toBe(metric);
  });
});

describe('an amount a level changed by is the level’s growth', () => {
  test.each([
    [
      'Foreign exchange reserves rose by $2.3 billion to $41.5 billion in the quarter.',
      '$2.3 billion',
      'foreign_reserves_growth',
    ],
    [
      'Золотовалютные резервы составили 48,2 млрд долларов, сократившись за квартал на 2,7 млрд долларов.',
      '2,7 млрд долларов',
      'foreign_reserves_growth',
    ],
    [
      'Экспорт составил 6,1 млрд долларов, что на 0,8 млрд долларов больше, чем годом ранее.',
      '0,8 млрд долларов',
      'exports_growth',
    ],
  ])('%s → %s', (text, mention, metric) => {
    expect(metricOf(text, mention)).toBe(metric);
  });
});

describe('the growth of consumer prices is inflation', () => {
  test.each([
    ['The consumer price index rose 0.6% in March from February.', '0.6%', 'inflation'],
    ['С начала года потребительские цены выросли на 4,8%.', '4,8%', 'inflation'],
  ])('%s', (text, mention, metric) => {
    expect(metricOf(text, mention)).toBe(metric);
  });
});

describe('a part of a whole counted by what it uses is that thing’s users', () => {
  test.each([
    [
      'The carrier served 8.2 million subscribers in June, of whom 6.4 million used mobile internet.',
      '6.4 million',
      'mobile_internet_users',
    ],
    [
      'The lender counted 4.1 million clients, of which 2.7 million were daily active users.',
      '2.7 million',
      'daily_active_users',
    ],
    [
      'The lender counted 4.1 million clients, of whom 3.3 million use the wallet app.',
      '3.3 million',
      'wallet_app_users',
    ],
    [
      'У оператора 7,6 млн абонентов, из них мобильным интернетом пользуются 5,8 млн.',
      '5,8 млн',
      'mobile_internet_users',
    ],
  ])('%s', (text, mention, metric) => {
    expect(metricOf(text, mention)).toBe(metric);
  });
});

describe('a company that invests in its own assets spends capex, also when its name holds a place', () => {
  test.each([
    ['Казахтелеком вложит 150 млрд тенге в сети в следующем году.', '150 млрд тенге', 'capex'],
    [
      'АО «Казахтелеком» подвело итоги года. В 2027 году компания планирует инвестировать в модернизацию сетей 170 млрд тенге.',
      '170 млрд тенге',
      'capex',
    ],
  ])('%s', (text, mention, metric) => {
    expect(metricOf(text, mention)).toBe(metric);
  });
});
