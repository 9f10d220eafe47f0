/**
 * The built-in deck cannot drift from the data: each scene's figure is drawn for the scene's
 * own view against the mock service, and its headline and notes are filled from that figure.
 * A template naming a row, column or claim the figure does not have is a failure, and the
 * headlines are checked against values worked out by hand from data/sources.
 */
import { waitFor } from '@testing-library/react'
import { useEffect } from 'react'
import type { FigureState } from '../components/figure/figure-types'
import { parseView } from '../domain/url-codec'
import { BUILT_IN_DECK } from '../features/present/model/built-in-deck'
import { renderTemplate } from '../features/present/model/headline'
import { useClaimStatus } from '../features/present/components/use-claim-status'
import { renderWithApp } from '../test/render-app'
import { Figure } from './figures'

type Lookup = (claimId: string) => string | undefined

function Probe({
  figure,
  query,
  onState,
  onClaims,
}: {
  readonly figure: string
  readonly query: string
  readonly onState: (s: FigureState<unknown> | null) => void
  readonly onClaims: (lookup: Lookup) => void
}) {
  const claimStatus = useClaimStatus()
  useEffect(() => {
    if (claimStatus) onClaims(claimStatus)
  }, [claimStatus, onClaims])
  // The slide's figure, as the deck draws it.
  return <Figure id={figure} view={parseView(query).state} variant="slide" onState={onState} />
}

const at = (id: string) => BUILT_IN_DECK.scenes.findIndex((s) => s.id === id)

async function filled(sceneIndex: number) {
  const scene = BUILT_IN_DECK.scenes[sceneIndex]
  if (!scene) throw new Error(`no scene ${String(sceneIndex)}`)
  let state: FigureState<unknown> | null = null
  let claims: Lookup | undefined
  renderWithApp(
    <Probe
      figure={scene.figure}
      query={scene.query}
      onState={(s) => {
        state = s
      }}
      onClaims={(c) => {
        claims = c
      }}
    />,
  )
  await waitFor(
    () => {
      expect(state?.kind).toBe('ready')
      expect(claims).toBeDefined()
    },
    { timeout: 10_000 },
  )
  const context = { year: parseView(scene.query).state.year, claimStatus: claims }
  return {
    headline: renderTemplate(scene.headline, state, context),
    notes: renderTemplate(scene.notes, state, context),
    key: scene.key && {
      value: renderTemplate(scene.key.value, state, context),
      status: scene.key.claim === null ? null : (claims?.(scene.key.claim) ?? null),
    },
  }
}

describe('the built-in deck, filled from its figures', () => {
  it.each(BUILT_IN_DECK.scenes.map((s, i) => [s.id, i] as const))(
    '%s: every template value exists',
    async (_id, index) => {
      const { headline, notes } = await filled(index)
      expect(headline.problems).toEqual([])
      expect(notes.problems).toEqual([])
      expect(headline.text).not.toMatch(/no data|…|\?/)
    },
  )

  // Hand-checked against data/sources: AI Index 2024, 2023: US 67.22, China 7.76 → 8.66;
  // Stargate $500bn over 4 years → 125 a year; granted AI patents 2023 (AI Index 2026):
  // China 85,674, US 16,946 → 5.06; GVT 2024: France 6th, Germany 8th.
  it('fills the investment headlines with the ratio and the annualised pledge', async () => {
    expect((await filled(at('gap-first-edition'))).headline.text).toBe(
      '2023, as first reported: US private AI investment was 8.7× China’s',
    )
    expect((await filled(at('pledges-vs-flows'))).headline.text).toBe(
      'Pledges against flows: Stargate’s $500bn is 125 bn a year',
    )
  })

  it('fills the patents ratio and the published ranks', async () => {
    expect((await filled(at('patents'))).headline.text).toBe(
      'Patents: China was granted 5.1× as many AI patents as the US in 2023',
    )
    expect((await filled(at('vibrancy-ranking'))).headline.text).toBe(
      'The 2023 ranking as published: France 6th, Germany 8th',
    )
  })

  // AI Index 2026, publication shares 2023: China 23.07, US 9.20 (data/sources, publications.csv);
  // context_claims.csv, 25 claims: 10 "verified"; 9 unverified (5 plain, the EU aggregate, the 4%,
  // the citations, and publications whose journal/conference split is unverified); 3 disputed
  // (the patent count, its GVT corroboration against AI Index 2026, DeepSeek's $1.3bn); the
  // claimed $6m is consistent with rounding (5.576).
  it('fills the research, DeepSeek and scorecard slides', async () => {
    expect((await filled(at('publications'))).headline.text).toBe(
      'Research: China wrote 23.1% of the world’s AI publications in 2023, the US 9.2%',
    )
    const deepseek = await filled(at('deepseek'))
    expect(deepseek.key?.value.text).toBe('US$6m')
    expect(deepseek.key?.status).toBe('consistent with rounding')
    expect((await filled(at('scorecard'))).headline.text).toBe(
      'The debate’s quoted figures: 10 verified, 9 unverified, 3 disputed',
    )
  })
})
