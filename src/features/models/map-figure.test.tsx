/** Granted AI patents per 100,000 inhabitants as a map, for the view's year and edition. */
import { screen, within } from '@testing-library/react'
import { DEFAULT_VIEW } from '../../domain/view'
import { renderWithApp } from '../../test/render-app'
import { ModelsFigure } from './models-figure'

describe('models.map', () => {
  it('AI Index 2025, 2023: 54 countries in powers of ten, small rates never read as 0', async () => {
    renderWithApp(
      <ModelsFigure
        id="models.map"
        view={{ ...DEFAULT_VIEW, edition: 'aiindex-2025', year: 2023 }}
        update={vi.fn()}
      />,
    )
    const frame = await screen.findByRole('figure', {
      name: 'Map: granted AI patents per 100k inhabitants, 2023: 54 countries with a figure',
    })
    const m = await within(frame).findByRole('group', { name: /^Map: / })
    // 0.0003556 (Indonesia) to 17.27 (South Korea): breaks 0.001, 0.01, 0.1, 1, 10.
    const korea = await within(m).findByRole('button', { name: 'South Korea: 17.3 per 100k' })
    expect(korea).toHaveAttribute('data-bin', '5')
    expect(within(m).getByRole('button', { name: 'Luxembourg: 15.3 per 100k' })).toHaveAttribute(
      'data-bin',
      '5',
    )
    expect(within(m).getByRole('button', { name: 'Indonesia: < 0.01 per 100k' })).toHaveAttribute(
      'data-bin',
      '0',
    )
    expect(
      within(m)
        .getAllByText(/^(0\.001|0\.01|0\.1|1|10)$/)
        .map((t) => t.textContent),
    ).toEqual(['0.001', '0.01', '0.1', '1', '10'])
  })
})
