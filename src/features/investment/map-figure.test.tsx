/**
 * The private-investment map for a view, through the real network layer (msw node server):
 * its figures, bins, gaps and table follow the year, edition, normalisation and region.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEFAULT_VIEW, type ViewState } from '../../domain/view'
import { renderWithApp } from '../../test/render-app'
import { InvestmentFigure } from './investment-figure'

function renderMap(patch: Partial<ViewState>) {
  const update = vi.fn()
  const view = { ...DEFAULT_VIEW, ...patch }
  renderWithApp(<InvestmentFigure id="investment.map" view={view} update={update} />)
  return { update }
}

const figure = (name: RegExp) => screen.findByRole('figure', { name })

describe('investment.map', () => {
  it('2025, AI Index 2026: 15 countries, the US alone in the top log bin, Brazil hatched', async () => {
    const { update } = renderMap({ year: 2025 })
    const map = await figure(/^Map, 2025: 15 countries with a figure$/)
    const usa = await within(map).findByRole('button', {
      name: 'United States: 286 US$ bn, nominal US$',
    })
    // Log steps 1, 3, 10, 30, 100: six bins, the US (285.88, shown 286) in the sixth.
    expect(usa).toHaveAttribute('data-bin', '5')
    expect(
      within(map)
        .getAllByRole('button')
        .filter((b) => b.getAttribute('data-bin') === '5'),
    ).toEqual([usa])
    expect(
      within(map).getByRole('button', { name: 'Brazil: no data' }).getAttribute('fill'),
    ).toMatch(/^url\(#map-hatch-/)
    await userEvent.click(usa)
    expect(update).toHaveBeenCalledWith({ selected: 'USA' })
  })

  it('its table lists the countries by value, in the one number format', async () => {
    renderMap({ year: 2025, tables: ['investment.map'] })
    const table = await screen.findByRole('table', {
      name: /^Map, 2025: 15 countries with a figure \(the map's data\)/,
    })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(15)
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'United States',
      'China',
      'United Kingdom',
      'France',
      'Canada',
      'India',
      'Germany',
      'Israel',
      'Australia',
      'Saudi Arabia',
      'Singapore',
      'South Korea',
      'Belgium',
      'Japan',
      'Sweden',
    ])
    expect(rows[0]).toHaveTextContent('286')
  })

  it('per capita divides by World Bank population (2024, AI Index 2025)', async () => {
    renderMap({ year: 2024, edition: 'aiindex-2025', norm: 'per-capita' })
    const map = await figure(/^Map, 2024: /)
    // 109.0773255e9 US$ / 340,110,988 people (World Bank, 2024) = 320.71 US$ per person, shown 321.
    expect(
      await within(map).findByRole('button', { name: /^United States: 321 US\$ per person/ }),
    ).toBeInTheDocument()
  })

  it('EU-27 zooms to its 27 members, Latvia and Malta without a figure (2024)', async () => {
    renderMap({ year: 2024, edition: 'aiindex-2025', region: 'eu27' })
    const frame = await figure(/^Map, 2024: 25 countries with a figure$/)
    const map = await within(frame).findByRole('group', { name: /^Map: / })
    await waitFor(() => expect(within(map).getAllByRole('button')).toHaveLength(27), {
      timeout: 10_000,
    })
    expect(within(map).getByRole('button', { name: 'Latvia: no data' })).toBeInTheDocument()
    expect(within(map).getByRole('button', { name: 'Malta: no data' })).toBeInTheDocument()
    expect(within(map).queryByRole('button', { name: /^United States/ })).toBeNull()
  })

  it('as a slide: read-only, the box it is given, type scaled, no toolbar', async () => {
    renderWithApp(
      <InvestmentFigure
        id="investment.map"
        view={{ ...DEFAULT_VIEW, year: 2025 }}
        variant="slide"
        height={600}
        textScale={1.5}
      />,
    )
    const frame = await figure(/^Map, 2025: 15 countries with a figure$/)
    const map = await within(frame).findByRole('group', { name: /^Map: / })
    expect(map).toHaveAttribute('height', '600')
    // Nothing to click on a slide: the countries are named images.
    expect(
      await within(map).findByRole('img', { name: 'United States: 286 US$ bn, nominal US$' }),
    ).toBeInTheDocument()
    expect(within(frame).queryByRole('button')).toBeNull()
    // The legend's heading at 12 px × 1.5.
    expect(within(map).getByText('US$ bn, nominal US$, 2025 — log steps')).toHaveAttribute(
      'font-size',
      '18',
    )
  })
})
