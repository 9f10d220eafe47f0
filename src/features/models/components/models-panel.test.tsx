import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Connected, renderWithApp } from '../../../test/render-app'
import { useViewStore } from '../../../stores/view-store'
import { ModelsPanel } from './models-panel'

const panel = () => screen.getByRole('region', { name: 'Models & Patents' })
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent)

describe('Models & Patents panel against the mock service', () => {
  it('shows the edition’s headline counts: AI Index 2024, 2023', async () => {
    renderWithApp(<Connected panel={ModelsPanel} />, { search: 'year=2023&edition=aiindex-2024' })
    const table = await within(panel()).findByRole('table', {
      name: 'Models and granted AI patents in 2023, AI Index 2024',
    })
    // Notable models, granted patents, patents per 100k. The foundation-model counts of the
    // debate (US 109, China 20) are quoted claims, not AI Index data: no column serves them.
    expect(cells(within(table).getByRole('row', { name: /^United States/ }))).toEqual([
      '61',
      'no data',
      'no data',
    ])
    expect(cells(within(table).getByRole('row', { name: /^China/ })).slice(0, 1)).toEqual(['15'])
    expect(table).not.toHaveTextContent('109')
    // AI Index 2024 has no patent series: the panel says so and offers the edition that has it.
    expect(await within(panel()).findByText(/has no granted-patent series/)).toBeInTheDocument()
  })

  it('says which edition: 87 US notable models in 2023 with AI Index 2026', async () => {
    renderWithApp(<Connected panel={ModelsPanel} />, { search: 'year=2023' })
    const table = await within(panel()).findByRole('table', {
      name: 'Models and granted AI patents in 2023, AI Index 2026',
    })
    expect(cells(within(table).getByRole('row', { name: /^United States/ }))).toEqual([
      '87',
      '16,946',
      'no data',
    ])
  })

  it('adds notable models per million people, computed here, in the per-capita view', async () => {
    renderWithApp(<Connected panel={ModelsPanel} />, { search: 'year=2023&norm=per-capita' })
    const table = await within(panel()).findByRole('table', {
      name: /Models and granted AI patents in 2023/,
    })
    // 87 / 336,806,231 people × 1e6 = 0.2583…; Europe has no population figure: "no data".
    const us = await within(table).findByRole('row', { name: /^United States/ })
    expect(cells(us)[1]).toBe('0.258')
    expect(cells(within(table).getByRole('row', { name: /^Europe/ }))[1]).toBe('no data')
  })

  it('lists patents per 100k by value, both ways, as a table', async () => {
    renderWithApp(<Connected panel={ModelsPanel} />, {
      search: 'edition=aiindex-2025&tables=models',
    })
    const table = await within(panel()).findByRole('table', {
      name: 'Patents per 100k inhabitants, 2023, by value',
    })
    const texts = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => cells(r)[0])
    // "< 0.01" is below every figure shown as a number.
    const values = () => texts().map((t) => (t === '< 0.01' ? 0 : Number(t)))
    expect(values()).toHaveLength(54)
    // 17.27 shown to three significant digits.
    expect(texts()[0]).toBe('17.3')
    expect(values()).toEqual([...values()].sort((a, b) => b - a))
    await userEvent.selectOptions(
      within(panel()).getByRole('combobox', { name: 'Sort' }),
      'Lowest first',
    )
    // Indonesia, 0.000355631: too small for two decimals, so "< 0.01", never 0.
    expect(texts()[0]).toBe('< 0.01')
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/^Indonesia/)
    expect(values()).toEqual([...values()].sort((a, b) => a - b))
  })

  it('computes models per $10bn for countries with both totals, and the periods are stated', async () => {
    renderWithApp(<Connected panel={ModelsPanel} />, { search: 'tables=models' })
    const table = await within(panel()).findByRole('table', {
      name: 'Output per dollar (computed here)',
    })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(15)
    // 627 models 2003–2025 over $757.27bn 2013–2025 → 8.28 per $10bn (757.27 shown as 757)
    expect(cells(within(table).getByRole('row', { name: /^United States/ }))).toEqual([
      '757',
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
    renderWithApp(<Connected panel={ModelsPanel} />)
    const defs = await within(panel()).findByRole('table', { name: /China’s AI patents in 2023/ })
    expect(within(defs).getByRole('row', { name: /Quoted/ })).toHaveTextContent('44,150')
    expect(within(defs).getByText('disputed')).toBeInTheDocument()
    expect(defs).toHaveTextContent('85,674')
    const claims = await within(panel()).findByRole('table', {
      name: /open-access foundation models as quoted/,
    })
    expect(within(claims).getAllByText('unverified')).toHaveLength(3)
    expect(claims).toHaveTextContent('90%')
    expect(claims).toHaveTextContent('60.5%')
    const verified = within(panel()).getByRole('figure', {
      name: /open-access foundation models as quoted/,
    })
    expect(verified).toHaveTextContent('Nearest verified figure: 65.7%')
    expect(verified).toHaveTextContent('of the 149 foundation models of 2023 were open')
  })

  it('highlights the chosen country in the URL state and in its tables', async () => {
    renderWithApp(<Connected panel={ModelsPanel} />, { search: 'tables=models' })
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
