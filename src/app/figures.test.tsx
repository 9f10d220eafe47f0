/**
 * Every figure draws for any view given to it, not the store's: each figure id is rendered for
 * a view unlike the one in the store (year 2024, GVT 2024 chosen, the US profiled against
 * China, tables shown) and its title and first table row are checked against hand-checked values.
 */
import { screen, within } from '@testing-library/react'
import { DEFAULT_VIEW, type ViewState } from '../domain/view'
import { useViewStore } from '../stores/view-store'
import { renderWithApp } from '../test/render-app'
import { Figure, FIGURES } from './figures'

/** The view drawn: nothing here is the store's (which holds the default view). */
const VIEW: ViewState = {
  ...DEFAULT_VIEW,
  year: 2024,
  gvt: 'gvt-2024',
  selected: 'USA',
  compare: 'CHN',
  tables: FIGURES.map((f) => f.id),
}

/**
 * Title (accessible name of the figure) and the first row header of its table, per figure; and
 * where the figure has no table for VIEW, the change to VIEW it is drawn for (still not the store's).
 */
const EXPECTED: Readonly<
  Record<string, readonly [RegExp, string] | readonly [RegExp, string, Partial<ViewState>]>
> = {
  'vibrancy.published': [
    /^Published ranking: Global AI Vibrancy Tool 2024 \(2023 data\)$/,
    'United States',
  ],
  'vibrancy.published-table': [
    /^Global AI Vibrancy ranking, Global AI Vibrancy Tool 2024/,
    'United States',
  ],
  // Only the GVT 2022 release has pillar scores: its latest data year at or before 2024 is 2021.
  'vibrancy.published-pillars': [
    /^Published pillar scores: Global AI Vibrancy Tool 2022 \(third-party copy\) \(2021 data\)$/,
    'United States',
    { gvt: 'gvt-2022' },
  ],
  'vibrancy.map': [
    /^Map: published ranks, Global AI Vibrancy Tool 2024 \(2023 data\)$/,
    'United States',
  ],
  'vibrancy.movement': [/^How the published ranks moved between editions$/, 'United States'],
  // 2024 data only: patents per 100k and the AI share of job postings (investment of that year
  // covers the US and China alone, too few to normalise), where South Korea leads on patents.
  'vibrancy.index': [/^Computed here: open AI index of \d+ countries/, 'South Korea'],
  'vibrancy.index-table': [
    /^Computed here: index ranks, pillar scores and robustness/,
    'South Korea',
  ],
  'vibrancy.contributions': [
    /^Pillar contributions to the index \(computed here\): United States vs China$/,
    'United States (#9)',
  ],
  'vibrancy.profile': [
    /^Country profile: United States vs China$/,
    'Published rank, GVT 2025 (2024 data)',
  ],
  'investment.ranked': [/^Ranked, 2024: \d+ countries with a figure$/, 'United States'],
  'investment.year-table': [
    /^AI private investment in 2024, US\$ bn, nominal US\$, AI Index 2026$/,
    'World',
  ],
  'investment.map': [/^Map, 2024: \d+ countries with a figure$/, 'United States'],
  // Tables that are not rankings list their rows by name (issue 17).
  'investment.trend': [/^AI private investment, 2013–2025$/, 'China'],
  'investment.pledges': [
    /^Announced pledges a year \(hatched\) beside money invested in a year \(filled\)$/,
    'Stargate Project: $500bn / 4 yrs',
  ],
  'investment.pledges-table': [
    /^Announced pledges, annualised, beside actual annual private AI investment$/,
    'Stargate Project (OpenAI, SoftBank, Oracle, MGX) (United States, 2025-01-21; AI only; private money; an intention, not a disbursement)',
  ],
  'models.notable-trend': [/^Notable ML models per year, 2003–2025$/, 'China'],
  'models.notable-cumulative': [
    /^Notable ML models, cumulative 2003–2025, by country$/,
    'United States',
  ],
  'models.headline': [/^Models and granted AI patents in 2024, AI Index 2026$/, 'Australia'],
  'models.edition-compare': [
    /^Notable ML models in 2025: AI Index 2026 data file \(CSV\) and chart PDFs$/,
    'Canada',
  ],
  'models.patents-trend': [/^Granted AI patents, 2010–2024$/, 'China'],
  'models.patents-per-100k': [/^Granted AI patents per 100,000 inhabitants, 2024$/, 'South Korea'],
  'models.map': [
    /^Map: granted AI patents per 100k inhabitants, 2024: 15 countries with a figure$/,
    'South Korea',
  ],
  'models.patent-definitions': [
    /^China’s AI patents in 2023: two definitions and editions, not reconciled$/,
    'Quoted: Global AI Vibrancy Tool count, as cited by ING',
  ],
  'models.output-per-dollar': [
    /^Output per dollar: cumulative notable models against cumulative private investment$/,
    'Australia',
  ],
  'models.open-claims': [
    /^Shares of open-access foundation models as quoted \(claims, not data\)$/,
    'Share of open-access foundation models, China',
  ],
  'research.publication-shares': [
    /^Share of world AI publications in computer science, by area, 2013–2024$/,
    'China',
  ],
  // The most-cited papers by value; every other research table by name.
  'research.top-cited': [/^The 100 most-cited AI publications of 2024, by area$/, 'United States'],
  'research.citations': [
    /^Citations of AI journal publications, 2017–2021 \(GVT 2022 release; recent years still accumulate\)$/,
    'Australia',
  ],
  'research.gvt-publications': [
    /^AI publications and citations by venue, 2021, the latest before 2024, Global AI Vibrancy Tool 2022 \(third-party copy\)$/,
    'Australia',
  ],
  'research.job-postings': [/^AI job postings, share of all job postings, 2014–2025$/, 'Australia'],
  'research.talent': [/^AI talent by country, 2024$/, 'Argentina'],
  'claims.scorecard': [
    /^Claims scorecard: the quoted figures of the debate and their status$/,
    'US notable machine learning models, 2023',
  ],
  // Statuses in the rule's order.
  'claims.statuses': [
    /^Quoted figures of the debate by status: 25 claims: 10 verified, 2 consistent with rounding, 1 approximately consistent, 9 unverified, 3 disputed$/,
    'verified',
  ],
}

function renderFigure(id: string, patch: Partial<ViewState> = {}) {
  renderWithApp(<Figure id={id} view={{ ...VIEW, ...patch }} />)
}

describe('every figure, for a view that is not the store’s', () => {
  it('has an expectation for each figure id (a new figure needs one)', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(FIGURES.map((f) => f.id).sort())
  })

  it.each(FIGURES.map((f) => f.id))('%s', async (id) => {
    const [title, firstRow, patch] = EXPECTED[id] ?? [/∅/, '∅']
    renderFigure(id, patch)
    const figure = await screen.findByRole('figure', { name: title }, { timeout: 10_000 })
    const table = within(figure).getByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent(firstRow)
    // The store still holds the default view: the figure drew the view it was given.
    expect(useViewStore.getState().view.year).toBeNull()
  })
})
