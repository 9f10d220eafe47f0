import { createRepository } from '../../../../mocks/service/repository'
import { sourcedDataset } from '../../../../mocks/service/sourced-dataset'
import type { Pledge } from '../../../api/schemas'
import { scopeOf } from '../../../lib/scope'
import { annualise, coverageText, pledgesInScope, toUsdBn } from './pledges'

const pledge = (over: Partial<Pledge>): Pledge => ({
  id: 'p',
  date: '2025-01-21',
  actor: 'Someone',
  economyId: 'USA',
  amount: 500,
  currency: 'USD',
  scale: 'bn',
  horizonYears: 4,
  horizonText: '4',
  description: '',
  aiOnly: true,
  funding: 'private',
  partOf: null,
  sourceId: 's',
  ...over,
})

describe('pledges against flows', () => {
  it('annualises Stargate: $500bn over four years is $125bn a year', () => {
    expect(annualise(pledge({}), 1.04)).toMatchObject({
      totalUsdBn: 500,
      annualUsdBn: 125,
      horizonLabel: 'over 4 years',
    })
  })

  it('converts euros at the given rate', () => {
    expect(toUsdBn(200, 'EUR', 1.04)).toBeCloseTo(208, 10)
    expect(toUsdBn(200, 'EUR', 1.1)).toBeCloseTo(220, 10)
    expect(
      annualise(pledge({ amount: 10, currency: 'EUR', horizonYears: 7 }), 1.05).annualUsdBn,
    ).toBeCloseTo(1.5, 10)
  })

  it('does not annualise without a stated horizon', () => {
    expect(annualise(pledge({ horizonYears: null, horizonText: '' }), 1).annualUsdBn).toBeNull()
    expect(annualise(pledge({ horizonYears: null, horizonText: '' }), 1).horizonLabel).toBe(
      'no horizon stated',
    )
    expect(
      annualise(pledge({ horizonYears: null, horizonText: 'immediate' }), 1).horizonLabel,
    ).toMatch(/immediately/)
  })

  it('says what a pledge covers', () => {
    expect(coverageText(pledge({ aiOnly: false, funding: 'private' }))).toBe(
      'not AI-only; private money; an intention, not a disbursement',
    )
  })
})

describe('pledges follow the region', () => {
  const repo = createRepository(sourcedDataset)
  const meta = repo.meta()
  const groupById = new Map(meta.groups.map((g) => [g.id, g]))
  const entityById = new Map(meta.entities.map((e) => [e.id, e]))
  const rows = repo.pledges().pledges.map((p) => annualise(p, 1.04))
  const shownUnder = (region: string, countries: readonly string[] = []) => {
    const scope = scopeOf({ region, countries }, groupById, entityById)
    const { shown, hidden } = pledgesInScope(
      rows,
      scope.includes,
      (id) => groupById.get(id)?.members ?? null,
    )
    expect(shown.length + hidden.length).toBe(7)
    return shown.map((r) => r.pledge.id)
  }
  const EU = ['investai', 'investai-gigafactories', 'france-ai-plan', 'eu-ai-factories']
  const US = ['stargate', 'stargate-immediate', 'apple']

  it.each([
    // Every pledge under World; the EU's and France's under EU-27 and Europe.
    ['world', [], [...US, ...EU]],
    ['eu27', [], EU],
    ['europe', [], EU],
    // US pledges under Northern America, none under Eastern Asia.
    ['northern-america', [], US],
    ['eastern-asia', [], []],
    // One country picked: its own pledge, not its bloc's.
    ['world', ['FRA'], ['france-ai-plan']],
    ['world', ['USA'], US],
  ] as const)('%s %j → %j', (region, countries, expected) => {
    expect(shownUnder(region, countries).sort()).toEqual([...expected].sort())
  })
})
