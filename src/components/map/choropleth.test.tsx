/**
 * The choropleth in the DOM (jsdom: no layout, so the box is 800 px wide): every atlas country
 * drawn and named, binned fills, hatched gaps, the legend's breaks, one tab stop with arrows
 * between neighbours, Enter and click select, hover names source and edition, and a region
 * zoomed to and outlined at 1:50m.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { entities } from '../../../mocks/data/entities'
import { atlasIdOf } from '../../lib/map/atlas-ids'
import { Choropleth } from './choropleth'
import type { MapArea, MapData } from './map-data'

/** Private investment 2025 (AI Index 2026), US$ bn, for a few countries. */
const FIGURES: Readonly<Record<string, number>> = {
  USA: 285.875311074,
  CAN: 4.280609883,
  CHN: 12.412093488,
  SWE: 0.969507505,
  SGP: 1.818532452,
}

const area = (id: string, name: string, value: number | null): MapArea => ({
  id,
  atlasId: atlasIdOf(entities.find((e) => e.id === id)?.m49 ?? null) ?? '',
  name,
  value,
  valueText: value === null ? 'no data' : `${value} US$ bn`,
  exactText: value === null ? 'no data' : `${value} US$ bn (exact)`,
  highlighted: false,
})

/** Every country of the fixtures, as the world map gets them. */
const WORLD: MapData = {
  areas: entities
    .filter((e) => e.kind === 'country')
    .map((e) => area(e.id, e.name, FIGURES[e.id] ?? null)),
  zoom: false,
  scale: 'log-if-skewed',
  rank: false,
  legendTitle: 'US$ bn, 2025',
  noDataLabel: 'no data',
  source: 'Stanford HAI AI Index / Quid',
  edition: 'AI Index 2026',
}

const map = () => screen.getByRole('group', { name: 'Map: US$ bn, 2025' })
const country = (name: RegExp | string) => within(map()).getByRole('button', { name })
const select = () => undefined

describe('Choropleth', () => {
  it('draws and names the 173 countries of the 1:110m atlas, binned, gaps hatched', async () => {
    render(<Choropleth data={WORLD} height={480} textScale={1} onSelect={select} />)
    // 176 features less Kosovo, N. Cyprus and Somaliland, which join no country.
    await waitFor(() => expect(within(map()).getAllByRole('button')).toHaveLength(173))
    // Log steps 1–3–10–30–100 (6 bins): the US alone in the top bin, the strongest colour.
    const usa = country('United States: 285.875311074 US$ bn')
    expect(usa).toHaveAttribute('data-bin', '5')
    expect(usa).toHaveAttribute('fill', 'var(--map-7)')
    expect(country(/^Sweden: /)).toHaveAttribute('fill', 'var(--map-1)')
    const gaps = within(map()).getAllByRole('button', { name: /: no data$/ })
    expect(gaps).toHaveLength(173 - 4)
    for (const gap of gaps) {
      expect(gap.getAttribute('fill')).toMatch(/^url\(#map-hatch-/)
      expect(gap).not.toHaveAttribute('data-bin')
    }
    expect(
      within(map())
        .getAllByText(/^(1|3|10|30|100)$/)
        .map((t) => t.textContent),
    ).toEqual(['1', '3', '10', '30', '100'])
    expect(within(map()).getByText('US$ bn, 2025 — log steps')).toBeInTheDocument()
    // Singapore is not in the 1:110m atlas: named under the legend, never dropped silently.
    expect(
      within(map()).getByText(
        'Too small to draw at this scale (see the table): Singapore 1.818532452 US$ bn',
      ),
    ).toBeInTheDocument()
  })

  it('is one tab stop (the largest figure); arrows move between neighbours; Enter selects', async () => {
    const onSelect = vi.fn()
    render(<Choropleth data={WORLD} height={480} textScale={1} onSelect={onSelect} />)
    const usa = await waitFor(() => country(/^United States: /))
    expect(
      within(map())
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0),
    ).toEqual([usa])
    await userEvent.tab()
    expect(usa).toHaveFocus()
    await userEvent.keyboard('{ArrowUp}')
    expect(country(/^Canada: /)).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}')
    expect(usa).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}')
    expect(country('Mexico: no data')).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(onSelect).toHaveBeenCalledWith('MEX')
    await userEvent.click(country(/^China: /))
    expect(onSelect).toHaveBeenLastCalledWith('CHN')
  })

  it('hover and focus show the exact figure with its source and edition', async () => {
    render(<Choropleth data={WORLD} height={480} textScale={1} onSelect={select} />)
    const china = await waitFor(() => country(/^China: /))
    expect(china).toHaveAccessibleDescription(
      'Source: Stanford HAI AI Index / Quid. Edition: AI Index 2026.',
    )
    fireEvent.mouseMove(china, { clientX: 300, clientY: 100 })
    expect(screen.getByText('12.412093488 US$ bn (exact)')).toBeInTheDocument()
    expect(screen.getByText('Source: Stanford HAI AI Index / Quid')).toBeInTheDocument()
    expect(screen.getByText('Edition: AI Index 2026')).toBeInTheDocument()
  })

  it('without onSelect (a slide) the countries are named images, not buttons', async () => {
    render(<Choropleth data={WORLD} height={480} textScale={1} />)
    expect(
      await within(map()).findByRole('img', { name: 'United States: 285.875311074 US$ bn' }),
    ).toBeInTheDocument()
    expect(within(map()).queryAllByRole('button')).toEqual([])
  })

  it('zooms a region to its members at 1:50m and outlines each of them', async () => {
    const members = [
      area('FRA', 'France', 4.36),
      area('DEU', 'Germany', 3.89),
      area('MLT', 'Malta', null),
    ]
    render(
      <Choropleth
        data={{ ...WORLD, areas: members, zoom: true }}
        height={480}
        textScale={1}
        onSelect={select}
      />,
    )
    // Malta exists only at 1:50m: busy until that atlas has loaded.
    expect(map()).toHaveAttribute('aria-busy', 'true')
    await waitFor(() => expect(map()).toHaveAttribute('data-scale', '50m'), { timeout: 10_000 })
    expect(map()).not.toHaveAttribute('aria-busy')
    const buttons = within(map()).getAllByRole('button')
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Malta: no data',
      'Germany: 3.89 US$ bn',
      'France: 4.36 US$ bn',
    ])
    for (const b of buttons) expect(b).toHaveAttribute('stroke', 'var(--map-member)')
    expect(within(map()).getByText('outside the selection')).toBeInTheDocument()
  })
})
