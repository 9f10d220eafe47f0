/**
 * The browser fault matrix (tests/e2e/fault-matrix.spec.ts) states by hand which endpoints each
 * section draws from; here that table is checked against the figures' declared needs, so a
 * new figure or a changed `needs` fails here first.
 */
import { CLAIMS_NOTE, SECTION_ENDPOINTS } from '../../../tests/e2e/support/fault-sections'
import { DASHBOARD_FIGURES, endpointsOf, SECTIONS } from '../fault-matrix'

it('the e2e table names every section, each with the endpoints its needs ask', () => {
  const ids = DASHBOARD_FIGURES.map((s) => s.id)
  const actual = Object.fromEntries(
    SECTIONS.map((section, i) => [
      ids[i] ?? CLAIMS_NOTE,
      [...new Set(endpointsOf(section))].sort(),
    ]),
  )
  const stated = Object.fromEntries(
    Object.entries(SECTION_ENDPOINTS).map(([id, endpoints]) => [id, [...endpoints].sort()]),
  )
  expect(SECTIONS.length).toBe(ids.length + 1)
  expect(stated).toEqual(actual)
})
