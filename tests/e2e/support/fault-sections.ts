/**
 * The endpoints each dashboard section draws from, as the browser fault matrix
 * (tests/e2e/fault-matrix.spec.ts) expects them: a section is a figure (its `data-figure` id)
 * or the claims note. Stated by hand, so the spec needs no app code; a Vitest test
 * (src/test/fault-matrix/e2e-sections.test.ts) checks it against the figures' declared needs.
 */
export const FAULT_ENDPOINTS = ['meta', 'vibrancy', 'indicators', 'pledges', 'claims'] as const
export type FaultEndpoint = (typeof FAULT_ENDPOINTS)[number]

/** The claims note of the investment panel: not a figure, it has no `data-figure` id. */
export const CLAIMS_NOTE = 'claims-note'

export const SECTION_ENDPOINTS: Readonly<Record<string, readonly FaultEndpoint[]>> = {
  'vibrancy.published': ['meta', 'vibrancy'],
  'vibrancy.published-table': ['meta', 'vibrancy'],
  'vibrancy.published-pillars': ['meta', 'vibrancy'],
  'vibrancy.map': ['meta', 'vibrancy'],
  'vibrancy.movement': ['meta', 'vibrancy'],
  'vibrancy.index': ['meta', 'indicators'],
  'vibrancy.index-table': ['meta', 'indicators'],
  'vibrancy.contributions': ['meta', 'indicators'],
  'vibrancy.profile': ['meta', 'vibrancy', 'indicators'],
  'investment.ranked': ['meta', 'indicators'],
  'investment.year-table': ['meta', 'indicators'],
  'investment.map': ['meta', 'indicators'],
  'investment.trend': ['meta', 'indicators'],
  'investment.pledges': ['meta', 'indicators', 'pledges'],
  'investment.pledges-table': ['meta', 'indicators', 'pledges'],
  'models.notable-trend': ['meta', 'indicators'],
  'models.notable-cumulative': ['meta', 'indicators'],
  'models.headline': ['meta', 'indicators'],
  'models.edition-compare': ['meta', 'indicators'],
  'models.patents-trend': ['meta', 'indicators'],
  'models.patents-per-100k': ['meta', 'indicators'],
  'models.map': ['meta', 'indicators'],
  'models.patent-definitions': ['meta', 'claims'],
  'models.output-per-dollar': ['meta', 'indicators'],
  'models.open-claims': ['meta', 'claims', 'indicators'],
  'research.publication-shares': ['meta', 'indicators'],
  'research.citations': ['meta', 'indicators'],
  'research.gvt-publications': ['meta', 'indicators'],
  'research.top-cited': ['meta', 'indicators'],
  'research.job-postings': ['meta', 'indicators'],
  'research.talent': ['meta', 'indicators'],
  'claims.scorecard': ['meta', 'claims'],
  'claims.statuses': ['meta', 'claims'],
  // Its entries name countries, editions and sources: it waits for /meta too.
  [CLAIMS_NOTE]: ['meta', 'claims'],
}
