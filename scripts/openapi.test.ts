// @vitest-environment node
import { readFileSync } from 'node:fs'
import { renderOpenApi } from './openapi'

describe('OpenAPI document', () => {
  it('is up to date with the schemas (run `npm run openapi` when this fails)', () => {
    const committed = readFileSync(new URL('../docs/openapi.json', import.meta.url), 'utf8')
    expect(committed).toBe(renderOpenApi())
  })

  it('describes every endpoint of the contract', () => {
    const doc = JSON.parse(renderOpenApi()) as { openapi: string; paths: Record<string, unknown> }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/claims',
      '/api/v1/indicators/{indicatorId}',
      '/api/v1/meta',
      '/api/v1/pledges',
      '/api/v1/vibrancy',
    ])
  })
})
