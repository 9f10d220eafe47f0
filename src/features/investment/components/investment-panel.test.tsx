import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useViewStore } from '../../../stores/view-store'
import { Connected, renderWithApp } from '../../../test/render-app'
import { InvestmentPanel } from './investment-panel'

const panel = () => screen.getByRole('region', { name: 'Private Investment' })
const yearTable = (year: number) =>
  within(panel()).findByRole('table', { name: new RegExp(`^AI private investment in ${year}`) })

async function choose(label: string, option: string) {
  await userEvent.selectOptions(within(panel()).getByRole('combobox', { name: label }), option)
}

describe('Private Investment panel against the mock service', () => {
  it('AI Index 2024, 2023: the US–China gap, then per capita with World Bank population', async () => {
    renderWithApp(<Connected panel={InvestmentPanel} />, {
      search: 'year=2023&edition=aiindex-2024',
    })
    const table = await yearTable(2023)
    expect(table).toHaveAccessibleName(/US\$ bn, nominal US\$, AI Index 2024/)
    expect(within(table).getByRole('row', { name: /^United States/ })).toHaveTextContent('67.2')
    expect(within(table).getByRole('row', { name: /^China/ })).toHaveTextContent('7.76')
    // AI Index 2024 reports no World total: share of world cannot be computed.
    expect(within(table).queryByRole('row', { name: /^World/ })).toBeNull()

    await choose('Normalise', 'Per capita')
    expect(useViewStore.getState().view.norm).toBe('per-capita')
    const perCapita = await within(panel()).findByRole('table', { name: /US\$ per person/ })
    // 67.22e9 / 336,806,231 (USA 2023) = 199.5806… → 200 (three significant digits);
    // 7.76e9 / 1,410,710,000 (CHN 2023) = 5.5008… → 5.5
    expect(within(perCapita).getByRole('row', { name: /^United States/ })).toHaveTextContent(
      /^United States200as reported/,
    )
    expect(within(perCapita).getByRole('row', { name: /^China/ })).toHaveTextContent('5.5')
  })

  it('% of GDP has no 2024 figure: "no data", never zero', async () => {
    renderWithApp(<Connected panel={InvestmentPanel} />, {
      search: 'year=2024&edition=aiindex-2025&norm=share-of-gdp',
    })
    const table = await within(panel()).findByRole('table', { name: /% of GDP/ })
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /^United States/ })).toHaveTextContent(
        'no data',
      ),
    )
  })

  it('EU-27 is the server’s sum of its reporting members, with the coverage', async () => {
    renderWithApp(<Connected panel={InvestmentPanel} />, {
      search: 'year=2024&edition=aiindex-2025&region=eu27',
    })
    const table = await yearTable(2024)
    const eu = await within(table).findByRole('row', { name: /^EU-27 \(sum of members\)/ })
    // 25 members report in AI Index 2025; Latvia and Malta do not.
    expect(eu).toHaveTextContent('25 of 27 members report')
    expect(within(table).queryByRole('row', { name: /^United States/ })).toBeNull()
  })

  it('a bloc of your own: its sum, coverage and population-weighted per-capita figure', async () => {
    renderWithApp(<Connected panel={InvestmentPanel} />, {
      search: 'year=2024&edition=aiindex-2025&countries=FRA,DEU,ITA&bloc=Big+three:FRA,DEU,ITA',
    })
    const table = await yearTable(2024)
    const bloc = within(table).getByRole('row', { name: /^Big three \(your bloc\)/ })
    // 2.617394131 + 1.974363427 + 0.863945611
    expect(bloc).toHaveTextContent('5.46')
    expect(bloc).toHaveTextContent('3 of 3 members report')

    await choose('Normalise', 'Per capita')
    const perCapita = await within(panel()).findByRole('table', { name: /US\$ per person/ })
    // Σ money / Σ population = 5.455703169e9 / 211,020,950 = 25.854… → 25.9 (the mean of the
    // three members' ratios would be 25.49).
    await waitFor(() =>
      expect(
        within(perCapita).getByRole('row', { name: /^Big three \(your bloc\)/ }),
      ).toHaveTextContent('25.9'),
    )
  })

  it('revisions and quoted claims: stated with the data point they are checked against', async () => {
    renderWithApp(<Connected panel={InvestmentPanel} />, { search: 'year=2023' })
    const revisions = await within(panel()).findByRole('region', {
      name: 'Revisions between editions',
    })
    expect(revisions).toHaveTextContent(
      'United States 2023: $67.2bn (AI Index 2024) → $72.4bn (AI Index 2026)',
    )
    const table = await yearTable(2023)
    expect(within(table).getByRole('row', { name: /^United States/ })).toHaveTextContent(
      '◆ revised',
    )
    const claims = await within(panel()).findByRole('region', {
      name: 'Quoted in the debate: the investment gap',
    })
    expect(claims).toHaveTextContent(/approximately consistent.*US AI private investment, 2023/)
    // Checked against the edition it cites (AI Index 2024: 67.22), whatever edition is shown;
    // the revision (72.364764946 in AI Index 2026) is said beside it.
    expect(claims).toHaveTextContent(
      'Checked against AI Index 2024: AI private investment, United States 2023: $67.2bn (within 5%)',
    )
    expect(claims).toHaveTextContent(
      'Revised: 67.2 in AI Index 2024; revised to 72.4 in AI Index 2026',
    )
    // EU-27 2023 in AI Index 2024: Germany alone reports, so there is no total (never 1.91).
    expect(claims).toHaveTextContent(
      /unverified.*EU AI private investment, 2023.*EU-27 2023: too few members report \(1 of 27: Germany\)/,
    )
  })

  it('pledges against flows: Stargate $125bn a year, and € pledges at the rate you set', async () => {
    renderWithApp(<Connected panel={InvestmentPanel} />, {
      search: 'year=2024&edition=aiindex-2025',
    })
    const pledges = await within(panel()).findByRole('region', { name: 'Pledges against flows' })
    const stargate = (
      await within(pledges).findAllByRole('row', { name: /^Stargate Project.*2025-01-21/ })
    )[0]
    expect(stargate).toHaveTextContent('$125bn a year')
    // 109.08 shown to three significant digits.
    expect(stargate).toHaveTextContent('109 (2024, AI Index 2025)')
    expect(within(pledges).getByText(/an assumption for February 2025/)).toBeInTheDocument()
    const factories = () =>
      within(pledges).getByRole('row', { name: /answer to EP written question/ })
    // €10bn over 7 years at the default 1.04 = $1.4857bn a year → $1.49bn.
    expect(factories()).toHaveTextContent('$1.49bn a year')

    const rate = within(pledges).getByRole('textbox', { name: 'EUR→USD rate' })
    await userEvent.clear(rate)
    await userEvent.type(rate, '1.4')
    await userEvent.click(within(pledges).getByRole('button', { name: 'Apply' }))
    expect(useViewStore.getState().view.fx).toBe(1.4)
    // €10bn × 1.4 / 7 = $2bn a year.
    expect(factories()).toHaveTextContent('$2bn a year')
  })
})
