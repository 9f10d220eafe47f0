import type { Pledge } from '../../../api/schemas'
import { annualise, coverageText, toUsdBn } from './pledges'

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
