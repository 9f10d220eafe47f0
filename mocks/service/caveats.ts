/**
 * Caveats that travel with charts and exports (from data/sources/SOURCES.md, "Caveats").
 * Text, not data: kept here by hand.
 */
import type { Caveat } from '../../src/api/schemas'

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
    indicators: ['ai-patents-granted', 'ai-patents-share', 'ai-patents-per-100k'],
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
