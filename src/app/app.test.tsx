import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { renderWithApp } from '../test/render-app'
import { useViewStore } from '../stores/view-store'
import { App } from './app'

const region = (name: string) => screen.getByRole('region', { name })

describe('the dashboard against the mock service', () => {
  it('shows the headline figures of the three panels for the filters in the URL', async () => {
    renderWithApp(<App />, { search: 'year=2023&edition=aiindex-2024&gvt=gvt-2024' })
    const investment = await within(region('Private Investment')).findByRole('table', {
      name: /AI private investment in/,
    })
    const us = await within(investment).findByRole('row', { name: /^United States/ })
    expect(us).toHaveTextContent('67.2')
    expect(within(investment).getByRole('row', { name: /^China/ })).toHaveTextContent('7.76')

    const models = region('Models & Patents')
    const usModels = await within(models).findByRole('row', { name: /^United States/ })
    expect(
      within(usModels)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['61', 'no data', 'no data'])

    const published = await within(region('AI Vibrancy Ranking')).findByRole('table', {
      name: /as published/,
    })
    const france = within(published).getByRole('row', { name: /^France/ })
    expect(within(france).getAllByRole('cell')[0]).toHaveTextContent('6')
  })

  it('narrows every panel to the region and adds the bloc sum with its coverage', async () => {
    renderWithApp(<App />, { search: 'year=2024&edition=aiindex-2025&region=eu27' })
    const investment = await within(region('Private Investment')).findByRole('table', {
      name: /AI private investment in/,
    })
    const bloc = await within(investment).findByRole('row', { name: /EU-27 \(sum of members\)/ })
    expect(bloc).toHaveTextContent(/\d+ of 27 members report/)
    expect(within(investment).queryByRole('row', { name: /^United States/ })).toBeNull()
    expect(within(investment).getByRole('row', { name: /^Germany/ })).toBeInTheDocument()
  })

  it('a failing endpoint breaks only its panel, with Retry', async () => {
    let fail = true
    server.use(
      http.get('*/api/v1/vibrancy', () =>
        fail
          ? HttpResponse.json(
              { type: 'x', title: 'Boom', status: 500, detail: 'injected' },
              { status: 500 },
            )
          : undefined,
      ),
    )
    renderWithApp(<App />)
    const vibrancy = region('AI Vibrancy Ranking')
    // Every figure drawn from the ranking says so, each with Retry; the computed index, which
    // does not need /vibrancy, still draws.
    const alerts = await within(vibrancy).findAllByRole('alert')
    for (const alert of alerts) expect(alert).toHaveTextContent('HTTP 500')
    expect(
      await within(vibrancy).findByRole('table', { name: /ranks, pillar scores and robustness/ }),
    ).toBeInTheDocument()
    expect(
      await within(region('Private Investment')).findByRole('table', {
        name: /AI private investment in/,
      }),
    ).toBeInTheDocument()
    fail = false
    await userEvent.click(
      within(vibrancy).getAllByRole('button', { name: 'Retry' })[0] as HTMLElement,
    )
    expect(await within(vibrancy).findByRole('table', { name: /as published/ })).toBeInTheDocument()
    await waitFor(() => expect(within(vibrancy).queryAllByRole('alert')).toHaveLength(0))
  })

  it('a body that violates the contract shows a human message and is not retried', async () => {
    const calls: string[] = []
    server.use(
      http.get('*/api/v1/vibrancy', ({ request }) => {
        calls.push(request.url)
        return HttpResponse.json({ edition: 'gvt-2025', entries: 'oops' })
      }),
    )
    renderWithApp(<App />)
    const vibrancy = region('AI Vibrancy Ranking')
    const alerts = await within(vibrancy).findAllByRole('alert')
    for (const alert of alerts) expect(alert).toHaveTextContent('unexpected format')
    // Each request went out once: a contract violation is not retried.
    expect(calls.length).toBeGreaterThan(0)
    expect(new Set(calls).size).toBe(calls.length)
  })

  it('reports invalid link parameters and falls back for just those', async () => {
    renderWithApp(<App />, { search: 'year=abcd&region=eu27' })
    expect(screen.getByRole('status', { name: 'Link settings ignored' })).toHaveTextContent('Year')
    expect(useViewStore.getState().view).toMatchObject({ year: null, region: 'eu27' })
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    await waitFor(() =>
      expect(screen.queryByRole('status', { name: 'Link settings ignored' })).toBeNull(),
    )
  })
})
