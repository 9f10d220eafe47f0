import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '../../../../mocks/node'
import { API_PREFIX } from '../../../api/endpoints'
import type { MetaResponse, VibrancyResponse } from '../../../api/schemas'
import { useViewStore } from '../../../stores/view-store'
import { appClients, Connected, renderWithApp, renderWithClients } from '../../../test/render-app'
import { prefetchVibrancy } from '../api/vibrancy-data'
import { VibrancyPanel } from './vibrancy-panel'

const panel = () => screen.getByRole('region', { name: 'AI Vibrancy Ranking' })
const publishedTable = () => within(panel()).findByRole('table', { name: /as published/ })
const computedTable = () =>
  within(panel()).findByRole('table', { name: /ranks, pillar scores and robustness/ })
const firstCell = (row: HTMLElement) => within(row).getAllByRole('cell')[0]
const order = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('rowheader').textContent)

describe('VibrancyPanel', () => {
  it('says why the open index is empty (too few inputs up to the year) instead of drawing nothing', async () => {
    // 2013: no input has figures for enough countries (job postings start in 2014).
    renderWithApp(<Connected panel={VibrancyPanel} />, { search: 'year=2013' })
    const computed = await within(panel()).findByRole('region', { name: 'Computed index' })
    const empty = (await within(computed).findAllByText(/no country can be ranked/))[0]
    const status = within(computed)
      .getAllByRole('status')
      .find((s) => s.textContent?.startsWith('No data for these filters'))
    expect(status).toHaveTextContent(/no country can be ranked/)
    expect(empty).toHaveTextContent(
      "None of the index's 14 inputs has figures for enough countries up to 2013, and an index needs at least 2, so no country can be ranked. Inputs with figures: none. Left out for too few countries with figures: Private AI investment, latest year (fewer than 5 countries)",
    )
    expect(within(computed).queryByRole('table')).toBeNull()
  })

  it('shows the GVT 2024 ranking as published: US 1st, China 2nd, France 6th, Germany 8th', async () => {
    renderWithApp(<Connected panel={VibrancyPanel} />, { search: 'gvt=gvt-2024' })
    const table = await publishedTable()
    for (const [country, rank] of [
      ['United States', '1'],
      ['China', '2'],
      ['France', '6'],
      ['Germany', '8'],
    ] as const)
      expect(
        firstCell(within(table).getByRole('row', { name: new RegExp(`^${country}`) })),
      ).toHaveTextContent(rank)
    // Only the US score was published (rounded): the others say so.
    expect(within(table).getByRole('row', { name: /^United States/ })).toHaveTextContent('70')
    expect(within(table).getByRole('row', { name: /^China/ })).toHaveTextContent('not published')
  })

  it('marks countries outside the published top N, never with a guessed rank', async () => {
    renderWithApp(<Connected panel={VibrancyPanel} />, { search: 'gvt=gvt-2025' })
    const table = await publishedTable()
    expect(firstCell(within(table).getByRole('row', { name: /^France/ }))).toHaveTextContent(
      'not in the published top 8',
    )
    expect(within(table).getByRole('row', { name: /^India/ })).toHaveTextContent('21.6')
  })

  it('computes the index from one edition per indicator and cross-checks it against the same data year', async () => {
    renderWithApp(<Connected panel={VibrancyPanel} />, {
      search: 'edition=aiindex-2025&gvt=gvt-2024',
    })
    const table = await computedTable()
    expect(firstCell(within(table).getByRole('row', { name: /^United States/ }))).toHaveTextContent(
      '1',
    )
    // The index speaks for 2024 data (AI Index 2025), so it is checked against GVT 2025, not 2024.
    expect(within(panel()).getByRole('status', { name: 'Cross-check' })).toHaveTextContent(
      /Global AI Vibrancy Tool 2025 \(2024 data\): Spearman ρ = [0-9.]+ on the 8 countries/,
    )
    const method = within(panel()).getByRole('group', { name: 'How this is computed' })
    expect(method).toHaveTextContent(
      /Private AI investment, latest year \(Economy\): AI Index 2025, 2024/,
    )
    // Models are only in AI Index 2026: the nearest edition that has them.
    expect(method).toHaveTextContent(
      /Notable ML models, cumulative \(R&D\): AI Index 2026, 2003-2025/,
    )
  })

  it('re-ranks while a weight slider moves, and writes the weights to the URL', async () => {
    const user = userEvent.setup()
    renderWithApp(<Connected panel={VibrancyPanel} />, { search: 'edition=aiindex-2025' })
    const before = order(await computedTable())
    const slider = within(panel()).getByRole('slider', { name: /^R&D weight/ })
    const entries = window.history.length
    await user.click(slider)
    for (let i = 0; i < 4; i++) await user.keyboard('{ArrowLeft}')
    await waitFor(() => expect(window.location.search).toContain('weights=economy:1,research:0'))
    // Four key presses, one gesture: one history entry.
    expect(window.history.length).toBe(entries + 1)
    const after = order(await computedTable())
    expect(after).not.toEqual(before)
    expect(within(panel()).getByRole('button', { name: 'Equal' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await user.click(within(panel()).getByRole('button', { name: 'Equal' }))
    await waitFor(() =>
      expect(order(screen.getByRole('table', { name: /ranks, pillar scores/ }))).toEqual(before),
    )
    expect(window.location.search).not.toContain('weights=')
  })

  it('ranks only the countries of the region, and lists those with too little data', async () => {
    renderWithApp(<Connected panel={VibrancyPanel} />, {
      search: 'edition=aiindex-2025&region=europe',
    })
    const table = await computedTable()
    expect(within(table).getByRole('row', { name: /^Germany/ })).toBeInTheDocument()
    expect(within(table).queryByRole('row', { name: /^United States/ })).toBeNull()
    expect(within(table).queryByRole('row', { name: /^China/ })).toBeNull()
    const insufficient = within(panel()).getByRole('note', { name: 'Insufficient data' })
    expect(insufficient).toHaveTextContent('Ukraine')
    expect(insufficient).not.toHaveTextContent('United States')
  })

  it('per capita: investment per person, models per million, and the index says so', async () => {
    renderWithApp(<Connected panel={VibrancyPanel} />, {
      search: 'edition=aiindex-2025&norm=per-capita&selected=FRA&compare=DEU',
    })
    await computedTable()
    expect(
      within(panel()).getByRole('figure', { name: /open AI index of \d+ countries, per capita/ }),
    ).toBeInTheDocument()
    const profile = within(panel()).getByRole('table', { name: /Country profile/ })
    expect(profile).toHaveTextContent('US$ per person')
    expect(profile).toHaveTextContent('models per million people')
  })

  it('profiles a country beside a second one, with its rank under each preset', async () => {
    renderWithApp(<Connected panel={VibrancyPanel} />, {
      search: 'edition=aiindex-2025&selected=FRA&compare=DEU',
    })
    const profile = await within(panel()).findByRole('table', {
      name: /Country profile.*France vs Germany/,
    })
    const headers = within(profile)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(headers).toEqual(['Measure', 'France', 'Germany'])
    for (const preset of [
      'Equal',
      'Economy-heavy',
      'R&D-heavy',
      'R&D and economy weighted highest',
    ])
      expect(
        within(profile).getByRole('row', { name: new RegExp(`preset “${preset}”`) }),
      ).toBeInTheDocument()
    expect(
      within(panel()).getByRole('figure', { name: /Pillar contributions.*France vs Germany/ }),
    ).toBeInTheDocument()
  })
})

describe('prefetchVibrancy', () => {
  // The page starts this before React renders (main.tsx): when it has finished, the panel's
  // first render must show the ranking, with nothing left to ask for.
  it.each([
    ['the default view', ''],
    ['per capita, AI Index 2024, GVT 2024', 'norm=per-capita&edition=aiindex-2024&gvt=gvt-2024'],
  ])('loads every query the first view of %s reads', async (_, search) => {
    const clients = appClients(search)
    await prefetchVibrancy(clients.queryClient, clients.client, useViewStore.getState().view)
    const asked: string[] = []
    const onRequest = ({ request }: { request: Request }) => asked.push(request.url)
    server.events.on('request:start', onRequest)
    try {
      renderWithClients(<Connected panel={VibrancyPanel} />, clients)
      expect(within(panel()).getByRole('table', { name: /as published/ })).toBeInTheDocument()
      expect(within(panel()).queryByText('Loading the vibrancy ranking')).toBeNull()
      await screen.findByRole('table', { name: /ranks, pillar scores and robustness/ })
      expect(asked).toEqual([])
    } finally {
      server.events.removeListener('request:start', onRequest)
    }
  })

  it('draws a ranking of more countries than a chart holds to its top 40, and says so; the table lists all', async () => {
    // No sourced release ranks more than 29 countries: a service that ranks 45 stands in.
    server.use(
      http.get(`*${API_PREFIX}/vibrancy`, async ({ request }) => {
        if (request.headers.get('x-test-passthrough') === '1') return undefined
        const real = await fetch(request.url, { headers: { 'x-test-passthrough': '1' } })
        const body = (await real.json()) as VibrancyResponse
        const meta = (await (
          await fetch(request.url.replace(/\/vibrancy.*$/, '/meta'))
        ).json()) as MetaResponse
        const ids = meta.entities.filter((e) => e.kind === 'country').map((e) => e.id)
        const entries = ids.slice(0, 45).map((entityId, i) => ({
          entityId,
          rank: i + 1,
          score: 90 - i,
          pillarScores: null,
          sourceId: body.entries[0]?.sourceId ?? 'gvt-2025',
          note: null,
        }))
        return HttpResponse.json({ ...body, publishedTopN: 45, entries })
      }),
    )
    renderWithApp(<Connected panel={VibrancyPanel} />, { search: 'gvt=gvt-2025' })
    const chart = await within(panel()).findByRole('figure', {
      name: /^Published ranking: .* \(top 40 of 45 drawn; the table lists all\)/,
    })
    expect(chart).toBeInTheDocument()
    const table = await publishedTable()
    expect(within(table).getAllByRole('row')).toHaveLength(46)
  })
})
