/**
 * Caveats that travel with charts and exports (from data/sources/SOURCES.md, "Caveats").
 * Text, not data: kept here by hand.
 */
import { IndicatorIdSchema, type Caveat, type IndicatorId } from '../../src/api/schemas'
import { BLOC_COVERAGE_RULE } from '../../src/lib/aggregate'

/** The raw indicators of the GVT 2022 release (ids gvt-…). */
const GVT_2022 = IndicatorIdSchema.options.filter((id) => id.startsWith('gvt-'))

/** Caveats per indicator, served by GET /meta. */
export const caveats: readonly Caveat[] = [
  {
    id: 'editions-revise',
    text: 'Sources revise history between editions (US private investment 2023: $67.2bn in AI Index 2024, $72.4bn in AI Index 2026). Every series here belongs to one edition.',
    indicators: [
      'private-investment',
      'private-investment-cumulative',
      'notable-models',
      'ai-patents-granted',
    ],
  },
  {
    id: 'private-only',
    text: 'Private investment only: venture capital and private equity into private AI companies raising over $1.5m (Quid). Excludes public companies’ capex, big-tech internal R&D and government spending; attribution by company headquarters.',
    indicators: ['private-investment', 'private-investment-real', 'private-investment-cumulative'],
  },
  {
    id: 'nominal-real',
    text: 'AI Index values are nominal US$; the OWID series is in constant 2021 US$ (deflated with the US CPI). The two are never mixed in one chart.',
    indicators: ['private-investment', 'private-investment-real'],
  },
  {
    id: 'europe-aggregate',
    text: '“Europe” is the AI Index aggregate, not EU-27; no EU-27 investment series is published.',
    indicators: [
      'private-investment',
      'private-investment-real',
      'notable-models',
      'ai-patents-granted',
    ],
  },
  {
    id: 'models-double-count',
    text: 'Notable models (Epoch AI’s curated list) are attributed by authors’ institutions; a model with authors in several countries may count for each. The list is continuously back-filled.',
    indicators: ['notable-models', 'notable-models-cumulative', 'foundation-models'],
  },
  {
    id: 'models-csv-vs-chart',
    text: 'AI Index 2026: the chart PDFs show 2025 US 59, China 35, South Korea 8; the public-data CSVs show 50, 30, 5. Both are kept, as separate editions.',
    indicators: ['notable-models'],
  },
  {
    id: 'patent-definitions',
    text: 'Granted patents and applications are different measures; the AI Index, the GVT (China 44,150 in 2023) and OWID/CSET count differently. Recent years are incomplete because of publication lag.',
    indicators: [
      'ai-patents-granted',
      'ai-patents-share',
      'ai-patents-per-100k',
      'gvt-patent-filings',
      'gvt-patent-grants',
    ],
  },
  {
    id: 'publication-definitions',
    text: 'Publication counts differ by source and are never chained: the AI Index 2026 counts AI publications in computer science (204,054 in 2021), the AI Index 2022 reported 334,497 AI papers for 2021, and the GVT 2022 release counts journal, conference and repository publications separately. Whole or fractional counting is not stated; counts may double-count international collaborations.',
    indicators: [
      'ai-publications',
      'ai-publications-journal',
      'ai-publications-conference',
      'ai-publications-repository',
      'ai-publications-book',
      'ai-publications-dissertation',
      'ai-publications-other',
      'ai-publications-share',
      'ai-publications-share-by-region',
      'gvt-journal-publications',
      'gvt-conference-publications',
      'gvt-repository-publications',
    ],
  },
  {
    id: 'publications-unknown',
    text: 'Publication shares include an “Unknown” area (20.61% of 2023, 39.25% of 2024): each named area’s 2024 share falls partly because of it, so 2023→2024 changes are not like-for-like. From 2023 to 2024 many publications also move from conference to repository.',
    indicators: [
      'ai-publications-share',
      'ai-publications-share-by-region',
      'ai-publications-conference',
      'ai-publications-repository',
    ],
  },
  {
    id: 'citations-accumulate',
    text: 'Citation counts are citations to each year’s publications as counted when the data was extracted; recent years are far from complete (China’s journal citations: 258,767 for 2020, 52,960 for 2021), so a fall is not a decline. The top-100 count is of papers among the most cited, not of citations.',
    indicators: [
      'gvt-journal-citations',
      'gvt-conference-citations',
      'gvt-repository-citations',
      'top-cited-ai-publications',
    ],
  },
  {
    id: 'linkedin-members',
    text: 'LinkedIn measures (talent concentration, hiring, migration, skill penetration) cover LinkedIn members only. The GVT 2022 release’s year_h_index is probably LinkedIn’s AI hiring index; the file does not say.',
    indicators: [
      'ai-hiring-rate-growth',
      'ai-talent-concentration',
      'ai-talent-concentration-change',
      'relative-ai-skill-penetration',
      'net-ai-talent-migration',
      'net-ai-talent-migration-fig-4-4-23',
      'gvt-year-h-index',
      'gvt-relative-ai-skill-penetration',
      'gvt-ai-talent-concentration',
    ],
  },
  {
    id: 'regions-differ',
    text: 'Regions differ by figure and are never summed with countries: AI Index 2026 figs 8.3.1 and 8.3.4 show China (and the United States) beside “East Asia and Pacific” and “North America” without saying whether those include them; fig 1.6.7 uses World Bank-style regions with no separate China; survey regions (McKinsey) and developer locations (Hugging Face) are their own schemes.',
    indicators: [
      'public-ai-supercomputers',
      'ai-models-released',
      'ai-publications-share-by-region',
      'organisations-using-ai',
      'hf-downloads-share',
    ],
  },
  {
    id: 'data-centres-count',
    text: 'Data centres are facilities listed by Cloudscene, counted, not measured by capacity.',
    indicators: ['data-centres'],
  },
  {
    id: 'adoption-definitions',
    text: 'Adoption measures differ: Microsoft’s “AI diffusion” is not defined in the source CSV; McKinsey figures are shares of surveyed organisations; University of Melbourne/KPMG figures are shares of surveyed workers.',
    indicators: [
      'ai-diffusion-h1',
      'ai-diffusion-h2',
      'organisations-using-ai',
      'ai-use-at-work',
      'ai-trust-at-work',
    ],
  },
  {
    id: 'chart-values',
    text: 'Some AI Index 2026 values are read from its chart PDFs because the copy has no CSV with them (fig 1.6.11; fig 4.2.9, whose US and China values equal fig 4.2.14’s); fig 4.4.23 dates the values that fig 4.4.24 gives for 1/1/24 as 2025, so it is a series of its own.',
    indicators: [
      'top-cited-ai-publications',
      'newly-funded-ai-companies',
      'net-ai-talent-migration-fig-4-4-23',
    ],
  },
  {
    id: 'gvt-2022-copy',
    text: 'The GVT 2022 release is known only from a third-party copy of the tool’s export, of unidentified origin and with no data licence found. Units are not stated in the file (private investment reads as US$); one ranked country is missing each year.',
    indicators: [...GVT_2022],
  },
  {
    id: 'second-hand',
    text: 'Much of this data is second-hand (copies of the AI Index public data, news reports of GVT ranks): spot-check before publication.',
    indicators: [
      'private-investment',
      'notable-models',
      'ai-patents-granted',
      'private-investment-cumulative',
    ],
  },
]

/**
 * The bloc coverage rule (src/lib/aggregate.ts) as a caveat of every indicator the service
 * aggregates over members: its text is the rule's, stated once.
 */
export function blocCoverageCaveat(indicators: readonly IndicatorId[]): Caveat {
  return { id: 'bloc-coverage', text: BLOC_COVERAGE_RULE, indicators: [...indicators] }
}
