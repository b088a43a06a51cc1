/**
 * Groups metrics by theme for the overview. A metric catalogue with a `theme` column wins;
 * otherwise the metric's slug decides by keyword, first rule first, and the rest is "Other".
 */
export const THEMES = [
  'Economy',
  'IT sector',
  'AI',
  'Education',
  'Digital government',
  'Other',
] as const;
export type Theme = (typeof THEMES)[number];

/** Checked in order: "countries_with_ai_laws" is AI before it is government. */
const RULES: readonly { theme: Theme; pattern: RegExp }[] = [
  { theme: 'AI', pattern: /(^|_)(ai|artificial|intelligence|supercomputers?|neural|llm|gpu)(_|$)/ },
  {
    theme: 'Education',
    pattern:
      /(^|_)(students?|universit(y|ies)|schools?|education|teachers?|graduates?|training|courses?|scholarships?)(_|$)/,
  },
  {
    theme: 'Digital government',
    pattern:
      /(^|_)(egov|e_gov|government|public_services?|digital_id|data_leaks?|cyber\w*|laws?|regulation|services_online)(_|$)/,
  },
  {
    theme: 'IT sector',
    pattern:
      /(^|_)(it|ict|tech|startups?|astana_hub|hub|software|telecom|internet|broadband|5g|forum|developers?|data_cent(er|re)s?|fintech)(_|$)/,
  },
  {
    theme: 'Economy',
    pattern:
      /(^|_)(gdp|economy|economic|exports?|imports?|trade|investments?|budget|income|inflation|revenue|market|growth|per_capita|venture)(_|$)/,
  },
];

/**
 * @example themeOf('it_services_exports') // 'IT sector'
 * @example themeOf('gdp_per_capita') // 'Economy'
 * @example themeOf('forum_countries', new Map([['forum_countries', 'Other']])) // 'Other'
 */
export function themeOf(metric: string, catalogue?: ReadonlyMap<string, string>): Theme {
  const listed = catalogue?.get(metric);
  if (listed) {
    const match = THEMES.find((theme) => theme.toLowerCase() === listed.trim().toLowerCase());
    if (match) return match;
  }
  const slug = metric.toLowerCase();
  return RULES.find((rule) => rule.pattern.test(slug))?.theme ?? 'Other';
}
