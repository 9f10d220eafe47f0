/**
 * Adding an edition is one entry. A made-up "AI Index 2027" is added to the one list
 * (./edition-list.ts, replaced here by the same list plus that entry); every module is loaded
 * afresh on top of it, and the edition is then offered by the Edition picker, accepted by the
 * URL codec and the contract, and served by the mock service — with no other file touched.
 */
import type { FixtureObservation } from '../../mocks/data/types'
import { EDITION_LIST } from './edition-list'

const MADE_UP = {
  id: 'aiindex-2027',
  kind: 'ai-index',
  year: 2027,
  label: 'AI Index 2027',
} as const

beforeEach(() => {
  vi.resetModules()
  vi.doMock('./edition-list', () => ({ EDITION_LIST: [...EDITION_LIST, MADE_UP] }))
})
afterEach(() => {
  vi.doUnmock('./edition-list')
  vi.resetModules()
})

describe('an edition added to the list, and nowhere else', () => {
  it('is offered by the Edition picker and is the new default', async () => {
    const { editionOptions } = await import('../app/header')
    const { DEFAULT_AI_INDEX } = await import('./editions')
    expect(editionOptions(undefined).map((o) => o.id)).toEqual([
      'aiindex-2027',
      'aiindex-2026',
      'aiindex-2025',
      'aiindex-2024',
    ])
    expect(DEFAULT_AI_INDEX).toBe('aiindex-2027')
  })

  it('is accepted by the URL codec and by the contract', async () => {
    const { parseView } = await import('./url-codec')
    const { EditionIdSchema } = await import('../api/schemas')
    expect(parseView('edition=aiindex-2026').state.edition).toBe('aiindex-2026')
    const { state, rejected } = parseView('edition=aiindex-2027&invest=aiindex-2027')
    expect(rejected).toEqual([])
    expect(state.edition).toBe('aiindex-2027')
    expect(EditionIdSchema.safeParse('aiindex-2027').success).toBe(true)
    expect(EditionIdSchema.safeParse('aiindex-2028').success).toBe(false)
  })

  it('is served by the mock service: its figures, its place in /meta, and as the default', async () => {
    const { createHandlers } = await import('../../mocks/handlers/index')
    const { sourcedDataset } = await import('../../mocks/service/sourced-dataset')
    const { getResponse } = await import('msw')
    const observation: FixtureObservation = {
      indicatorId: 'private-investment',
      entityId: 'USA',
      year: 2026,
      value: 1,
      // The compiled types know the real list only; at run time the list holds the new entry.
      edition: MADE_UP.id as unknown as FixtureObservation['edition'],
      sourceId: sourcedDataset.sources[0]?.id ?? '',
      period: null,
      note: null,
    }
    const handlers = createHandlers({
      ...sourcedDataset,
      observations: [...sourcedDataset.observations, observation],
    })
    const get = async (path: string) => {
      const response = await getResponse(handlers, new Request(`http://api.test/api/v1${path}`))
      return { status: response?.status, body: (await response?.json()) as Record<string, unknown> }
    }
    const one = await get('/indicators/private-investment?edition=aiindex-2027')
    expect(one.status).toBe(200)
    expect(one.body.observations).toEqual([expect.objectContaining({ entityId: 'USA', value: 1 })])
    // Without an edition the service answers with the newest, now 2027.
    expect((await get('/indicators/private-investment')).body.edition).toBe('aiindex-2027')
    const meta = await get('/meta')
    expect(meta.body.defaultEdition).toBe('aiindex-2027')
    // An edition outside the list is still a 400.
    expect((await get('/indicators/private-investment?edition=aiindex-2028')).status).toBe(400)
  })
})
