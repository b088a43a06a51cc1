/**
 * The heading of an organisation's standing description, per language: "About Astana Hub",
 * "Справка", "О компании", "Компания туралы", "Анықтама". What its paragraphs say of the
 * organisation states the present, the year the text was published, not the headline's period
 * nor a founding year the paragraph names (gold README, Period, 7 December 2026). Data only.
 */
import type { Language } from '../language.ts';

export const STANDING_HEADINGS: Readonly<Record<Language, RegExp | null>> = {
  // "About Astana Hub", "About the company": a heading of its own, the name capitalised
  en: /^About\s+(?:the\s+)?(?:\p{Lu}|[Cc]ompany\b|[Bb]ank\b|[Gg]roup\b|[Uu]s\b)/u,
  ru: /^(?:Справка|О\s+(?:компании|банке|группе|технопарке|фонде))\s*$/u,
  kk: /^(?:Анықтама|(?:Компания|Банк|Топ|Қор)\s+туралы)\s*$/u,
  other: null,
};
