import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '../../../../mocks/node'
import { Connected, renderWithApp } from '../../../test/render-app'
import { ResearchPanel } from './research-panel'

const panel = () => screen.getByRole('region', { name: 'Research & talent' })
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent)

/** Makes one endpoint answer HTTP 500 until `failing` is set to false. */
function answer500(path: string) {
  const fault = { failing: true }
  server.use(
    http.get(path, () =>
      fault.failing
        ? HttpResponse.json(
            { type: 'x', title: 'Boom', status: 500, detail: 'injected' },
            { status: 500 },
          )
        : undefined,
    ),
  )
  return fault
}

describe('Research & talent panel against the mock service', () => {
  it('shows the 2023 publication shares: China 23.1%, the US 9.2%, Unknown 20.6% (AI Index 2026)', async () => {
    renderWithApp(<Connected panel={ResearchPanel} />, {
      search: 'years=2022-2024&tables=research.publication-shares',
    })
    const table = await within(panel()).findByRole('table', {
      name: 'Share of world AI publications in computer science, by area, 2022–2024',
    })
    expect(cells(within(table).getByRole('row', { name: /^China/ }))).toEqual([
      '23.3%',
      '23.1%',
      '17.8%',
    ])
    expect(cells(within(table).getByRole('row', { name: /^United States/ }))[1]).toBe('9.2%')
    expect(cells(within(table).getByRole('row', { name: /^Unknown/ }))[1]).toBe('20.6%')
    // The source line names the citation, the edition and the licence.
    const figure = within(panel()).getByRole('figure', { name: /Share of world AI publications/ })
    expect(figure).toHaveTextContent(/AI Index 2026 \(fig 1\.6\.6\)/)
    expect(figure).toHaveTextContent('Edition: AI Index 2026')
    expect(figure).toHaveTextContent('Licence: CC BY-ND 4.0 (AI Index public data)')
  })

  it('takes the shares from AI Index 2026 when the Edition picker holds none, and says so', async () => {
    renderWithApp(<Connected panel={ResearchPanel} />, { search: 'edition=aiindex-2024' })
    const figure = await within(panel()).findByRole('figure', {
      name: /^Share of world AI publications in computer science, by area, 2013–2024$/,
    })
    expect(figure).toHaveTextContent(
      'Edition: AI Index 2026 (the only edition publishing it; AI Index 2024 has none)',
    )
  })

  it('shows the GVT 2022 citations with the caveat that recent years still accumulate', async () => {
    renderWithApp(<Connected panel={ResearchPanel} />, {
      search: 'tables=research.citations',
    })
    const table = await within(panel()).findByRole('table', {
      name: /^Citations of AI journal publications, 2017–2021/,
    })
    expect(cells(within(table).getByRole('row', { name: /^China/ })).slice(3)).toEqual([
      '258,767',
      '52,960',
    ])
    const figure = within(panel()).getByRole('figure', { name: /^Citations of AI journal/ })
    expect(figure).toHaveTextContent(/still being cited/)
    expect(figure).toHaveTextContent('Edition: Global AI Vibrancy Tool 2022 (third-party copy)')
  })

  it('lists the quoted publication and citation claims with their statuses beside the figures', async () => {
    renderWithApp(<Connected panel={ResearchPanel} />)
    const pubs = await within(panel()).findByRole('region', {
      name: 'Quoted in the debate: publications',
    })
    // The shared list: number, status, the statement, and where it is checked.
    expect(pubs).toHaveTextContent(
      /\[24\]\s*unverified\s*China was the world leader in AI publications in journals and conferences, 2023/,
    )
    expect(pubs).not.toHaveTextContent(/citations from AI journal/)
    const cites = within(panel()).getByRole('region', { name: 'Quoted in the debate: citations' })
    expect(cites).toHaveTextContent(
      /\[25\]\s*unverified\s*China was the world leader in citations from AI journal publications, 2023/,
    )
  })

  it('narrows to the countries picked; aggregates are never summed in', async () => {
    renderWithApp(<Connected panel={ResearchPanel} />, {
      search: 'countries=CHN,USA&tables=research.publication-shares,research.top-cited&year=2023',
    })
    const shares = await within(panel()).findByRole('table', {
      name: /^Share of world AI publications in computer science, by area/,
    })
    expect(
      within(shares)
        .getAllByRole('rowheader')
        .map((r) => r.textContent),
    ).toEqual(['China', 'United States'])
    const top = await within(panel()).findByRole('table', {
      name: 'The 100 most-cited AI publications of 2023, by area',
    })
    expect(cells(within(top).getByRole('row', { name: /^United States/ }))).toEqual(['50'])
    expect(cells(within(top).getByRole('row', { name: /^China/ }))).toEqual(['34'])
    expect(within(top).getAllByRole('row')).toHaveLength(3)
  })

  it('lists the talent measures for 2025; a measure a country lacks reads “no data”', async () => {
    renderWithApp(<Connected panel={ResearchPanel} />, { search: 'year=2025' })
    const table = await within(panel()).findByRole('table', { name: 'AI talent by country, 2025' })
    // Israel's talent concentration, 0.02104, is printed 2.1% as on the source's chart.
    expect(cells(within(table).getByRole('row', { name: /^Israel/ }))[1]).toBe('2.1%')
    // Cyprus has a concentration but is not among the top-authors countries.
    expect(cells(within(table).getByRole('row', { name: /^Cyprus/ }))[0]).toBe('no data')
  })

  it('a failing series breaks only its figures, with Retry', async () => {
    const fault = answer500('*/api/v1/indicators/ai-publications-share')
    renderWithApp(<Connected panel={ResearchPanel} />, { search: 'tables=research' })
    const alert = await within(panel()).findByRole('alert')
    expect(alert).toHaveTextContent('HTTP 500')
    // The GVT figures still draw.
    expect(
      await within(panel()).findByRole('table', { name: /^Citations of AI journal publications/ }),
    ).toBeInTheDocument()
    fault.failing = false
    await userEvent.click(within(panel()).getByRole('button', { name: 'Retry' }))
    expect(
      await within(panel()).findByRole('table', {
        name: /^Share of world AI publications in computer science/,
      }),
    ).toBeInTheDocument()
    await waitFor(() => expect(within(panel()).queryAllByRole('alert')).toHaveLength(0))
  })

  it('when /claims fails, its quoted lists say so with Retry, and the figures still draw', async () => {
    const fault = answer500('*/api/v1/claims')
    renderWithApp(<Connected panel={ResearchPanel} />, { search: 'tables=research' })
    const list = await within(panel()).findByRole('group', {
      name: 'Quoted in the debate: publications',
    })
    expect(await within(list).findByRole('alert')).toHaveTextContent('HTTP 500')
    expect(
      await within(panel()).findByRole('table', {
        name: /^Share of world AI publications in computer science/,
      }),
    ).toBeInTheDocument()
    fault.failing = false
    await userEvent.click(within(list).getByRole('button', { name: 'Retry' }))
    expect(
      await within(panel()).findByRole('heading', { name: 'Quoted in the debate: publications' }),
    ).toBeInTheDocument()
    await waitFor(() => expect(within(panel()).queryAllByRole('alert')).toHaveLength(0))
  })
})
