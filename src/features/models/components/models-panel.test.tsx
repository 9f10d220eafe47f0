import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithApp } from '../../../test/render-app'
import { useViewStore } from '../../../stores/view-store'
import { ModelsPanel } from './models-panel'

const panel = () => screen.getByRole('region', { name: 'Models & Patents' })
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent)

describe('Models & Patents panel against the mock service', () => {
  it('shows the edition’s headline counts: AI Index 2024, 2023', async () => {
    renderWithApp(<ModelsPanel />, { search: 'year=2023&edition=aiindex-2024' })
    const table = await within(panel()).findByRole('table', {
      name: 'Models and granted AI patents in 2023, AI Index 2024',
    })
    expect(cells(within(table).getByRole('row', { name: /^United States/ }))).toEqual([
      '61',
      'no data',
      'no data',
      'no data',
    ])
    expect(cells(within(table).getByRole('row', { name: /^China/ })).slice(0, 2)).toEqual([
      '15',
      'no data',
    ])
    // AI Index 2024 has no patent series: the panel says so and offers the edition that has it.
    expect(within(panel()).getByText(/has no granted-patent series/)).toBeInTheDocument()
  })

  it('says which edition: 87 US notable models in 2023 with AI Index 2026', async () => {
    renderWithApp(<ModelsPanel />, { search: 'year=2023' })
    const table = await within(panel()).findByRole('table', {
      name: 'Models and granted AI patents in 2023, AI Index 2026',
    })
    expect(cells(within(table).getByRole('row', { name: /^United States/ }))).toEqual([
      '87',
      'no data',
      '16,946',
      'no data',
    ])
  })

  it('adds notable models per million people, computed here, in the per-capita view', async () => {
    renderWithApp(<ModelsPanel />, { search: 'year=2023&norm=per-capita' })
    const table = await within(panel()).findByRole('table', {
      name: /Models and granted AI patents in 2023/,
    })
    // 87 / 336,806,231 people × 1e6 = 0.2583…; Europe has no population figure: "no data".
    const us = await within(table).findByRole('row', { name: /^United States/ })
    expect(cells(us)[1]).toBe('0.258')
    expect(cells(within(table).getByRole('row', { name: /^Europe/ }))[1]).toBe('no data')
  })

  it('lists patents per 100k by value, both ways, as a table', async () => {
    renderWithApp(<ModelsPanel />, { search: 'edition=aiindex-2025&tables=models' })
    const table = await within(panel()).findByRole('table', {
      name: 'Patents per 100k inhabitants, 2023, by value',
    })
    const values = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => Number(cells(r)[0]))
    expect(values()).toHaveLength(54)
    expect(values()[0]).toBe(17.27)
    expect(values()).toEqual([...values()].sort((a, b) => b - a))
    await userEvent.selectOptions(
      within(panel()).getByRole('combobox', { name: 'Sort' }),
      'Lowest first',
    )
    // Indonesia, 0.000355631: shown to four significant digits, never as 0.
    expect(values()[0]).toBe(0.0003556)
    expect(values()).toEqual([...values()].sort((a, b) => a - b))
  })

  it('computes models per $10bn for countries with both totals, and the periods are stated', async () => {
    renderWithApp(<ModelsPanel />, { search: 'tables=models' })
    const table = await within(panel()).findByRole('table', {
      name: 'Output per dollar (computed here)',
    })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(15)
    // 627 models 2003–2025 over $757.27bn 2013–2025 → 8.28 per $10bn
    expect(cells(within(table).getByRole('row', { name: /^United States/ }))).toEqual([
      '757.27',
      '627',
      '8.28',
    ])
    expect(
      within(table).getByRole('columnheader', { name: 'US$ bn invested 2013–2025' }),
    ).toBeInTheDocument()
    expect(
      within(panel()).getByText(/The periods differ: investment 2013–2025/),
    ).toBeInTheDocument()
  })

  it('shows the two China patent counts side by side and the quoted open shares as unverified claims', async () => {
    renderWithApp(<ModelsPanel />)
    const defs = await within(panel()).findByRole('table', { name: /China’s AI patents in 2023/ })
    expect(within(defs).getByRole('row', { name: /Quoted/ })).toHaveTextContent('44,150')
    expect(within(defs).getByText('disputed')).toBeInTheDocument()
    expect(defs).toHaveTextContent('85,674')
    const claims = within(panel()).getByRole('table', {
      name: /open-access foundation models as quoted/,
    })
    expect(within(claims).getAllByText('unverified')).toHaveLength(3)
    expect(claims).toHaveTextContent('90%')
    expect(claims).toHaveTextContent('60.5%')
    const verified = within(panel()).getByRole('complementary', { name: 'Nearest verified figure' })
    expect(verified).toHaveTextContent('65.7%')
    expect(verified).toHaveTextContent('of the 149 foundation models of 2023 were open')
  })

  it('highlights the chosen country in the URL state and in its tables', async () => {
    renderWithApp(<ModelsPanel />, { search: 'tables=models' })
    const table = await within(panel()).findByRole('table', {
      name: 'Output per dollar (computed here)',
    })
    await userEvent.selectOptions(
      within(panel()).getByRole('combobox', { name: 'Highlight' }),
      'China',
    )
    expect(useViewStore.getState().view.selected).toBe('CHN')
    expect(within(table).getByRole('row', { name: /^China/ })).toHaveClass('row--selected')
    expect(within(table).getByRole('row', { name: /^United States/ })).not.toHaveClass(
      'row--selected',
    )
  })
})
