/**
 * Hostile data: names from the data service are rendered as text, never as markup. A country
 * called `<img src=x onerror=alert(1)>` and 200-character names reach every panel through
 * /meta, and nothing but text comes out.
 *
 * Direct DOM queries are the point here (is there an <img>?), hence no-node-access is off.
 */
/* eslint-disable testing-library/no-node-access */
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import type { MetaResponse } from '../api/schemas'
import { API_PREFIX } from '../api/endpoints'
import { App } from '../app/app'
import { renderWithApp } from './render-app'

const XSS = '<img src=x onerror=alert(1)>'
const LONG = `Republic of ${'Very'.repeat(47)}long`.slice(0, 200)
const PASS = { headers: { 'x-hostile-passthrough': '1' } }

function hostileMeta() {
  server.use(
    http.get(`*${API_PREFIX}/meta`, async ({ request }) => {
      if (request.headers.get('x-hostile-passthrough')) return undefined
      const meta = (await (await fetch(request.url, PASS)).json()) as MetaResponse
      const rename: Record<string, string> = {
        USA: XSS,
        CHN: LONG,
        GBR: `${LONG.slice(0, 190)}<b>x</b>`,
      }
      return HttpResponse.json({
        ...meta,
        entities: meta.entities.map((e) => (rename[e.id] ? { ...e, name: rename[e.id] } : e)),
      })
    }),
  )
}

describe('hostile names from the data service', () => {
  it('render as text in every panel, and create no element', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined)
    hostileMeta()
    renderWithApp(<App />, { search: 'year=2023&edition=aiindex-2024' })
    const investment = screen.getByRole('region', { name: 'Private Investment' })
    const table = await within(investment).findByRole(
      'table',
      { name: /AI private investment in/ },
      { timeout: 8_000 },
    )
    // The markup is the row's text, exactly as given.
    const row = await within(table).findByRole('row', {
      name: new RegExp(`^${XSS.replace(/[()[\]]/g, '\\$&')}`),
    })
    expect(row).toHaveTextContent('67.2')
    expect(within(table).getByRole('row', { name: new RegExp(`^${LONG}`) })).toBeInTheDocument()
    await waitFor(() =>
      expect(screen.getAllByText(XSS, { exact: false }).length).toBeGreaterThan(0),
    )
    // No element came out of the names: no img with src=x, no <b> from the GBR name.
    expect(document.querySelectorAll('img[src="x"], img[onerror]')).toHaveLength(0)
    expect([...document.querySelectorAll('b')].filter((b) => b.textContent === 'x')).toHaveLength(0)
    expect(document.body.innerHTML).not.toContain('<img src=x')
    expect(alert).not.toHaveBeenCalled()
    alert.mockRestore()
  })

  it('200-character names reach the table views whole, as text', async () => {
    hostileMeta()
    renderWithApp(<App />, { search: 'year=2023&edition=aiindex-2024&tables=investment' })
    const investment = screen.getByRole('region', { name: 'Private Investment' })
    const rows = await within(investment).findAllByRole(
      'row',
      { name: new RegExp(`^${LONG}`) },
      { timeout: 8_000 },
    )
    for (const row of rows) {
      const header =
        within(row).queryAllByRole('rowheader')[0] ?? within(row).getAllByRole('cell')[0]
      // The whole name, as text, in the table's own cell (layout is checked in the browser,
      // tests/e2e/hostile.spec.ts).
      expect(header?.textContent).toBe(LONG)
      expect(header?.closest('table')).not.toBeNull()
    }
  })
})
