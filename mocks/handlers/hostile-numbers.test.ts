/**
 * Numbers out of bounds from a broken (or hostile) data service are contract errors at the
 * client's boundary, never data: ±1e308 is finite but turns into ±Infinity once summed or
 * scaled (the `-Infinity` paths of issue 18), a JSON number like 1e999 parses as Infinity, and
 * NaN or Infinity may come as strings. The service's real answers are patched in one field.
 */
import { createApiClient, type ApiClient } from '../../src/api/client'
import { ContractError } from '../../src/api/errors'
import { inProcessTransport } from '../in-process'

/** A client whose service answers as usual, with the first `"field":…` replaced by `raw`. */
function clientSending(field: string, raw: string | null): ApiClient {
  const first = new RegExp(`"${field}":(null|-?[\\d.eE+-]+)`)
  return createApiClient({
    baseUrl: 'http://api.test',
    mode: { kind: 'embedded' },
    transport: async (request) => {
      const real = await inProcessTransport(request)
      const text = await real.text()
      if (raw !== null && !first.test(text)) throw new Error(`no "${field}" in the answer`)
      return new Response(raw === null ? text : text.replace(first, `"${field}":${raw}`), {
        status: real.status,
        headers: real.headers,
      })
    },
  })
}

const HOSTILE = ['1e308', '-1e308', '1e999', '-1e999', '"Infinity"', '"NaN"', '"1e308"']

describe('the client refuses out-of-bounds numbers as a ContractError', () => {
  it('accepts the answers unpatched (so the refusals below are about the numbers)', async () => {
    await expect(clientSending('score', null).vibrancy({})).resolves.toHaveProperty('entries')
    await expect(
      clientSending('value', null).indicator('private-investment', {}),
    ).resolves.toHaveProperty('observations')
  })

  it.each([...HOSTILE, '101', '-0.5'])('a vibrancy score of %s', async (raw) => {
    const error: unknown = await clientSending('score', raw)
      .vibrancy({})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContractError)
    expect((error as ContractError).issues.join(' ')).toMatch(/^entries\.\d+\.score: /)
  })

  it.each(HOSTILE)('an observation value of %s', async (raw) => {
    const error: unknown = await clientSending('value', raw)
      .indicator('private-investment', {})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContractError)
    expect((error as ContractError).issues.join(' ')).toMatch(/^observations\.\d+\.value: /)
  })

  it.each(['1e308', '3000', '1800', '2023.5'])('an observation year of %s', async (raw) => {
    const error: unknown = await clientSending('year', raw)
      .indicator('private-investment', {})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContractError)
  })

  it.each(['0', '-3', '1.5', '1e308'])('a rank of %s', async (raw) => {
    const error: unknown = await clientSending('rank', raw)
      .vibrancy({})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContractError)
  })
})
