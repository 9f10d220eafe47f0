/** The published Vibrancy ranking as a map: ranks where few scores were published, else scores. */
import { screen, within } from '@testing-library/react'
import { DEFAULT_VIEW, type ViewState } from '../../domain/view'
import { renderWithApp } from '../../test/render-app'
import { VibrancyFigure } from './vibrancy-figure'

async function findMap(patch: Partial<ViewState>, name: RegExp) {
  renderWithApp(
    <VibrancyFigure id="vibrancy.map" view={{ ...DEFAULT_VIEW, ...patch }} update={vi.fn()} />,
  )
  const frame = await screen.findByRole('figure', { name })
  return within(frame).findByRole('group', { name: /^Map: / })
}

describe('vibrancy.map', () => {
  it('GVT 2025 published one score: ranks, 1 darkest, countries outside the top 8 hatched', async () => {
    const m = await findMap(
      {},
      /^Map: published ranks, Global AI Vibrancy Tool 2025 \(2024 data\)$/,
    )
    const usa = await within(m).findByRole('button', { name: 'United States: rank 1 of 8' })
    expect(usa).toHaveAttribute('fill', 'var(--map-7)')
    // The map's one tab stop is the leader: rank 1, not the largest number.
    expect(usa).toHaveAttribute('tabindex', '0')
    expect(
      within(m).getByRole('button', { name: 'United Arab Emirates: rank 8 of 8' }),
    ).toHaveAttribute('fill', 'var(--map-1)')
    const france = within(m).getByRole('button', { name: 'France: not in the published top 8' })
    expect(france.getAttribute('fill')).toMatch(/^url\(#map-hatch-/)
    // Ranks 1–8 in nice steps of one; the last bin holds 7 and 8.
    expect(
      within(m)
        .getAllByText(/^[1-8](–8)?$/)
        .map((t) => t.textContent),
    ).toEqual(['1', '2', '3', '4', '5', '6', '7–8'])
    expect(within(m).getByText('not in the published top 8')).toBeInTheDocument()
  })

  it('GVT 2022 published every score: scores, 2021 data', async () => {
    const m = await findMap(
      { gvt: 'gvt-2022', year: 2021 },
      /^Map: published scores, Global AI Vibrancy Tool 2022 .*\(2021 data\)$/,
    )
    expect(
      await within(m).findByRole('button', { name: 'United States: score 70.1, rank 1' }),
    ).toBeInTheDocument()
    expect(within(m).getByRole('button', { name: 'China: score 49.1, rank 2' })).toBeInTheDocument()
  })
})
