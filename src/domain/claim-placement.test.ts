/**
 * The claim → panel/figure rule over every claim the service serves, and the view each claim
 * opens, checked by hand against data/sources/context_claims.csv and the checks of
 * scripts/data/claims.ts.
 */
import { createRepository } from '../../mocks/service/repository'
import { sourcedDataset } from '../../mocks/service/sourced-dataset'
import {
  citedCheck,
  claimHref,
  claimNumber,
  claimsOfPanel,
  claimsOfTopics,
  claimView,
  placeOf,
} from './claim-placement'

const { claims } = createRepository(sourcedDataset).claims()

/** Claim id → [panel, figure, link], by hand. */
const EXPECTED: Readonly<Record<string, readonly [string, string | null, string]>> = {
  us_notable_models_2023: [
    'models',
    'models.headline',
    '?year=2023&edition=aiindex-2024&selected=USA#figure-models.headline',
  ],
  us_foundation_models_2023: ['models', 'models.headline', '?#figure-models.headline'],
  cn_notable_models_2023: [
    'models',
    'models.headline',
    '?year=2023&edition=aiindex-2024&selected=CHN#figure-models.headline',
  ],
  cn_foundation_models_2023: ['models', 'models.headline', '?#figure-models.headline'],
  us_private_inv_2023: [
    'investment',
    'investment.ranked',
    '?year=2023&edition=aiindex-2024&selected=USA#figure-investment.ranked',
  ],
  cn_private_inv_2023: [
    'investment',
    'investment.ranked',
    '?year=2023&edition=aiindex-2024&selected=CHN#figure-investment.ranked',
  ],
  // The cited point is the EU-27 sum (too few members report): the view opens the region.
  eu_private_inv_2023: [
    'investment',
    'investment.ranked',
    '?region=eu27&year=2023&edition=aiindex-2024#figure-investment.ranked',
  ],
  cn_ai_patents_2023: ['models', 'models.patents-trend', '?#figure-models.patents-trend'],
  open_fm_share_cn: ['models', 'models.open-claims', '?#figure-models.open-claims'],
  open_fm_share_eu: ['models', 'models.open-claims', '?#figure-models.open-claims'],
  open_fm_share_us: ['models', 'models.open-claims', '?#figure-models.open-claims'],
  gvt_rank_us: [
    'vibrancy',
    'vibrancy.published',
    '?year=2023&selected=USA#figure-vibrancy.published',
  ],
  gvt_rank_cn: [
    'vibrancy',
    'vibrancy.published',
    '?year=2023&selected=CHN#figure-vibrancy.published',
  ],
  gvt_rank_fr: [
    'vibrancy',
    'vibrancy.published',
    '?year=2023&selected=FRA#figure-vibrancy.published',
  ],
  gvt_rank_de: [
    'vibrancy',
    'vibrancy.published',
    '?year=2023&selected=DEU#figure-vibrancy.published',
  ],
  stargate: ['investment', 'investment.pledges-table', '?#figure-investment.pledges-table'],
  apple: ['investment', 'investment.pledges-table', '?#figure-investment.pledges-table'],
  investai: ['investment', 'investment.pledges-table', '?#figure-investment.pledges-table'],
  gigafactories: ['investment', 'investment.pledges-table', '?#figure-investment.pledges-table'],
  // Nothing cited: the view of the other measure it is set against (AI Index 2025, 2024).
  eu_vs_us_share: [
    'investment',
    'investment.ranked',
    '?year=2024&edition=aiindex-2025#figure-investment.ranked',
  ],
  deepseek_claimed: ['models', 'models.output-per-dollar', '?#figure-models.output-per-dollar'],
  deepseek_full: ['models', 'models.output-per-dollar', '?#figure-models.output-per-dollar'],
  cn_us_patent_ratio_2023: ['models', 'models.patents-trend', '?#figure-models.patents-trend'],
  cn_leads_ai_publications_2023: [
    'research',
    'research.publication-shares',
    '?year=2023#figure-research.publication-shares',
  ],
  cn_leads_ai_citations_2023: [
    'research',
    'research.citations',
    '?year=2023#figure-research.citations',
  ],
}

describe('where each claim is shown', () => {
  it('has an expectation for each of the 25 claims served', () => {
    expect(claims).toHaveLength(25)
    expect(Object.keys(EXPECTED).sort()).toEqual(claims.map((c) => c.id).sort())
  })

  it.each(claims.map((c) => [c.id, c] as const))('%s', (id, claim) => {
    const [panel, figure, href] = EXPECTED[id] ?? ['?', null, '?']
    expect(placeOf(claim)).toEqual({ panel, figure })
    expect(claimHref(claim)).toBe(href)
  })

  it('splits the claims over the panels, none twice and none left out', () => {
    const counts = (['vibrancy', 'investment', 'models', 'research', 'claims'] as const).map(
      (p) => claimsOfPanel(claims, p).length,
    )
    // Vibrancy: 4 ranks; investment: 3 flows, the 4% and 4 pledges; research: publications and
    // citations; models: the rest.
    expect(counts).toEqual([4, 8, 11, 2, 0])
    expect(claimsOfTopics(claims, ['training-cost']).map((c) => c.id)).toEqual([
      'deepseek_claimed',
      'deepseek_full',
    ])
  })

  it('numbers claims by their order in /claims, the same everywhere', () => {
    expect(claimNumber(claims, 'us_notable_models_2023')).toBe(1)
    expect(claimNumber(claims, 'deepseek_full')).toBe(22)
    expect(claimNumber(claims, 'nonsense')).toBeNull()
  })

  it('judges a claim by the edition it cites, never by a later revision', () => {
    const us = claims.find((c) => c.id === 'us_private_inv_2023')
    if (!us) throw new Error('no us_private_inv_2023')
    // AI Index 2024: 67.22 (cited); AI Index 2026 revised it to 72.364764946.
    expect(citedCheck(us)).toMatchObject({ edition: 'aiindex-2024', value: 67.22 })
    expect(claimView(us)).toMatchObject({ year: 2023, edition: 'aiindex-2024', selected: 'USA' })
    const share = claims.find((c) => c.id === 'open_fm_share_us')
    if (!share) throw new Error('no open_fm_share_us')
    expect(citedCheck(share)).toBeNull()
  })
})
