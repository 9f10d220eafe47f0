/**
 * The schemas' number bounds (issue 18): finite absurdities such as ±1e308 pass z.number() but
 * overflow to ±Infinity in the sums, ratios and scales drawn from them, so every bounded kind
 * refuses them, with NaN and ±Infinity; the values the data really holds pass.
 */
import { MagnitudeSchema, ScoreSchema, YearSchema } from './schemas'

const ABSURD = [1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, NaN]

describe('bounded numbers', () => {
  it.each([
    ['a score', ScoreSchema, [0, 12.5, 100]],
    ['a magnitude', MagnitudeSchema, [-3.2e9, 0, 67_200_000_000, 1e15]],
    ['a year', YearSchema, [1900, 2024, 2100]],
  ] as const)('%s passes real values and refuses ±1e308, ±Infinity and NaN', (_, schema, ok) => {
    for (const value of ok) expect(schema.safeParse(value).success, String(value)).toBe(true)
    for (const value of ABSURD) expect(schema.safeParse(value).success, String(value)).toBe(false)
  })

  it('refuses just past each bound', () => {
    expect(ScoreSchema.safeParse(100.000001).success).toBe(false)
    expect(ScoreSchema.safeParse(-0.000001).success).toBe(false)
    expect(MagnitudeSchema.safeParse(1.000001e15).success).toBe(false)
    expect(YearSchema.safeParse(2101).success).toBe(false)
    expect(YearSchema.safeParse(2023.5).success).toBe(false)
  })
})
