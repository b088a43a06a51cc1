import { describe, expect, test } from 'vitest';
import { namedProgrammes } from '../../scripts/extract/programmes.ts';
import { entitiesOf, expectEntities } from './entities-of.ts';

describe('the named programmes a text writes', () => {
  test.each([
    {
      text: 'Under the Code Steppe programme, 48,000 students took courses.',
      want: ['Code Steppe'],
    },
    {
      text: 'The Bright Valley 2030 initiative trained 900 teachers.',
      want: ['Bright Valley 2030'],
    },
    {
      text: 'Skills Bridge, a programme that aims to train 6,000 people, opened in May.',
      want: ['Skills Bridge'],
    },
    { text: 'По программе «Жасыл үй» выдано 4 200 займов.', want: ['Zhasyl Ui'] },
    {
      text: 'В рамках проекта «Один миллион программистов» обучено 200 тыс. человек.',
      want: ['One Million Programmers'],
    },
    { text: 'Code Steppe бағдарламасы бойынша 11 мың адам оқыды.', want: ['Code Steppe'] },
    // a name given once is the programme where it is written alone
    {
      text: 'The Code Steppe programme grew. The state allocated 2 billion tenge to Code Steppe.',
      want: ['Code Steppe', 'Code Steppe'],
    },
    // a name set beside the noun by an apposition, before it or after it
    {
      text: 'Code Steppe, the ministry’s programme of evening IT classes, has trained 9,000 adults.',
      want: ['Code Steppe'],
    },
    {
      text: 'Its programme of cheap loans to young farmers, Green Field, has issued 2,100 loans.',
      want: ['Green Field'],
    },
    // …but a time before "the programme" is no name
    {
      text: 'In 2025, the programme covered 80,000 pupils. Its scheme of grants for pupils, Bright Start, grew.',
      want: ['Bright Start'],
    },
    // a sentence's last word and the next one's article are no name
    { text: 'The ministry reported on Thursday.\nThe programme grew.', want: [] },
    { text: 'Under the national programme, 3,000 villages were connected.', want: [] },
    // programmers and software share the Russian noun's stem
    { text: 'Курсы для программистов Python открылись в мае.', want: [] },
  ])('$text', ({ text, want }) => {
    expect(namedProgrammes(text).map((mention) => mention.name)).toEqual(want);
  });
});

describe('a named programme owns its own figures (gold README, Entity 2)', () => {
  test.each([
    {
      why: 'its participants, under a frame that opens the sentence',
      text: 'Under the Code Steppe programme, 48,000 students at 35 universities took courses this year.',
      want: { '48000': 'Code Steppe', '35': 'Code Steppe' },
    },
    {
      why: 'money given to it, named after the figure with no other figure between',
      text: 'Of this, 30 billion tenge goes to a data centre and 8 billion tenge to the Code Steppe programme.',
      want: { '30000000000': 'Kazakhstan', '8000000000': 'Code Steppe' },
    },
    {
      why: 'its budget, pointed back at in the next paragraph',
      text: 'The Code Steppe programme trained 40,000 students this year.\n\nThe programme’s budget for 2027 is 9 billion tenge.',
      want: { '40000': 'Code Steppe', '9000000000': 'Code Steppe' },
    },
    {
      why: 'a national indicator it aims to move stays the country’s',
      text: 'Under the Green Roofs programme, 2.4 million square metres of housing were commissioned this year.',
      want: { '2400000': 'Kazakhstan' },
    },
    {
      why: 'a place that is the clause’s subject owns its figure (rule 1 first)',
      text: 'Uzbekistan has trained 90,000 people under its Digital Youth programme.',
      want: { '90000': 'Uzbekistan' },
    },
    {
      why: 'its participants, named after the figure with only a year between',
      text: 'The ministry plans to train 70,000 coders by 2028 through the Code Steppe programme.',
      want: { '70000': 'Code Steppe' },
    },
    {
      why: 'a place inside another name before it is no subject',
      text: 'Under the Digital Kyrgyzstan 2030 strategy, officials aim to train 50,000 programmers under the Code Steppe programme.',
      want: { '50000': 'Code Steppe' },
    },
    {
      why: 'its participants, pointed back at after an apposition named it',
      text: 'Code Steppe, the park’s programme of free IT courses, has trained 9,000 adults. The programme plans to enrol 3,000 more students next spring.',
      want: { '9000': 'Code Steppe', '3000': 'Code Steppe' },
    },
    {
      why: 'loans under a programme an apposition names after its noun',
      text: 'Its programme of cheap loans to young farmers, Green Field, has issued 2,100 loans since 2024.',
      want: { '2100': 'Green Field' },
    },
    {
      why: 'a Russian programme in guillemets, transliterated',
      text: 'По программе «Жасыл үй» в этом году выдано 4 200 льготных займов.',
      want: { '4200': 'Zhasyl Ui' },
    },
    {
      why: 'a Russian frame with a Latin name',
      text: 'В рамках программы Code Steppe обучение прошли 15 тыс. человек.',
      want: { '15000': 'Code Steppe' },
    },
    {
      why: 'a place that is the subject of a sentence going on about a programme owns its figure',
      text: 'The Code Steppe programme trained 40,000 students.\n\nKazakhstan had 5,000 participants in other schemes.',
      want: { '40000': 'Code Steppe', '5000': 'Kazakhstan' },
    },
    {
      why: 'a minister saying a figure, and software, are no programme’s (Russian)',
      text: 'По программе «Жасыл үй» выдано 4 200 займов. Министр заявил, что на разработку программного обеспечения направлено 40 млрд тенге.',
      want: { '4200': 'Zhasyl Ui', '40000000000': 'Kazakhstan' },
    },
    {
      why: 'a Kazakh frame, and a sentence of its participants after it',
      text: 'Code Steppe бағдарламасы бойынша биыл 11 мың адам оқыды. Оның 6 мың қатысушысы сертификат алды.',
      want: { '11000': 'Code Steppe', '6000': 'Code Steppe' },
    },
    {
      why: 'a Kazakh back-pointer paragraphs after the name, while the text goes on about it',
      text: 'Code Steppe бағдарламасы аясында биыл 70 мың студент оқыды.\n\nБағдарламаға 64 университет қосылды.\n\n2025 жылы бағдарламаға 45 мың студент тіркелген еді.',
      want: { '70000': 'Code Steppe', '64': 'Code Steppe', '45000': 'Code Steppe' },
    },
    {
      why: 'a Russian sentence going on about it counts its participants before a comma',
      text: 'Программа Code Steppe охватила 300 тыс. студентов.\n\nЛекции читали в вузах.\n\nДоля студентов, получивших сертификаты, составила 58%.',
      want: { '300000': 'Code Steppe', '58': 'Code Steppe' },
    },
    {
      why: 'taking part is a participant’s word (Kazakh)',
      text: 'Code Steppe бағдарламасы 2024 жылы басталды. Оған 90 мыңнан астам жас қатысып, білім алды.',
      want: { '90000': 'Code Steppe' },
    },
    {
      why: 'a sentence about the whole country stays the country’s',
      text: 'Code Steppe бағдарламасы аясында 70 мың студент оқыды. Елде 4 мыңнан астам қатысушы компания тіркелді.',
      want: { '70000': 'Code Steppe', '4000': 'Kazakhstan' },
    },
  ])('$why', ({ text, want }) => {
    expectEntities('Kazakhstan digital skills update', text, want);
  });
});

describe('a programme whose runner an apposition names owns its own figures (rule 2)', () => {
  test.each([
    {
      text: 'The Code Steppe programme, run by Astana Hub, trained 4,200 students last year.',
      want: { 4200: 'Code Steppe' },
    },
    {
      text: 'The Bright Valley initiative, operated by Kaspi.kz, has issued 730 grants since 2023.',
      want: { 730: 'Bright Valley' },
    },
    // the runner's own figures stay its own
    {
      text: 'Astana Hub, which runs the Code Steppe programme, employs 310 people.',
      want: { 310: 'Astana Hub' },
    },
  ])('$text', ({ text, want }) => {
    expect(entitiesOf('Digital skills in 2026', text)).toMatchObject(
      Object.fromEntries(Object.entries(want).map(([k, v]) => [k, v])),
    );
  });
});
