/**
 * The OpenAPI 3.1 document of the v1 contract, generated from the zod schemas (the single
 * source of truth), so a backend team can implement the API the app expects.
 */
import { z } from '../src/api/zod'
import {
  ClaimsResponseSchema,
  EditionIdSchema,
  IndicatorIdSchema,
  IndicatorResponseSchema,
  MetaResponseSchema,
  PledgesResponseSchema,
  ProblemSchema,
  VibrancyResponseSchema,
} from '../src/api/schemas'

const schemas = {
  MetaResponse: MetaResponseSchema,
  VibrancyResponse: VibrancyResponseSchema,
  IndicatorResponse: IndicatorResponseSchema,
  PledgesResponse: PledgesResponseSchema,
  ClaimsResponse: ClaimsResponseSchema,
  Problem: ProblemSchema,
} as const

const json = (name: keyof typeof schemas) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
})
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
})
const query = (name: string, description: string, schema: object) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
})
const year = { type: 'integer', minimum: 1990, maximum: 2100 }

/** Builds the document (deterministic: no dates). */
export function buildOpenApi(): Record<string, unknown> {
  const components = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      name,
      z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }),
    ]),
  )
  const editionParam = query(
    'edition',
    'Edition id; defaults to the newest edition holding the data.',
    z.toJSONSchema(EditionIdSchema),
  )
  return {
    openapi: '3.1.0',
    info: {
      title: 'AI Monitor data API',
      version: '1',
      description:
        'Sourced figures of the global AI race. Every observation carries value (null = no data), unit, sourceId and edition; series never mix editions.',
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'npm run api' }],
    paths: {
      '/api/v1/meta': {
        get: {
          operationId: 'getMeta',
          summary: 'Editions, entities, groups, indicators, sources and caveats',
          responses: { '200': { description: 'OK', content: json('MetaResponse') } },
        },
      },
      '/api/v1/vibrancy': {
        get: {
          operationId: 'getVibrancy',
          summary:
            'The Global AI Vibrancy ranking as published (ranks; overall and pillar scores where published)',
          parameters: [
            query(
              'edition',
              'gvt-2022, gvt-2024 or gvt-2025; defaults to the newest edition (the one covering `year` when it is given).',
              z.toJSONSchema(EditionIdSchema),
            ),
            query(
              'year',
              'Data year. With an edition: one of its dataYears (gvt-2022 covers 2017–2021), default its latest; alone: picks the edition covering it.',
              year,
            ),
          ],
          responses: {
            '200': { description: 'OK', content: json('VibrancyResponse') },
            '400': problem('Invalid parameter, or an edition that is not a Vibrancy ranking'),
            '404': problem('No edition covers that year, or the edition does not cover it'),
          },
        },
      },
      '/api/v1/indicators/{indicatorId}': {
        get: {
          operationId: 'getIndicator',
          summary:
            'Long-format observations of one indicator for countries, reported aggregates and computed groups',
          parameters: [
            {
              name: 'indicatorId',
              in: 'path',
              required: true,
              schema: z.toJSONSchema(IndicatorIdSchema),
            },
            editionParam,
            query('from', 'First year (inclusive).', year),
            query('to', 'Last year (inclusive).', year),
            query(
              'entities',
              'Comma-separated ISO3 codes, reported aggregates (WLD, EUROPE, EU, ROW, UNKNOWN, G20, WB-EAP … as listed in /meta) and group ids (eu27, g7, europe…). With entities, every requested year is returned, null where there is no data; groups are computed from their reporting member countries with coverage (never from reported aggregates), and not at all for shares and rates (aggregation none).',
              { type: 'string' },
            ),
          ],
          responses: {
            '200': { description: 'OK', content: json('IndicatorResponse') },
            '400': problem('Invalid parameter'),
            '404': problem('Unknown indicator'),
          },
        },
      },
      '/api/v1/pledges': {
        get: {
          operationId: 'getPledges',
          summary: 'Announced investment plans (intentions, not disbursements)',
          responses: { '200': { description: 'OK', content: json('PledgesResponse') } },
        },
      },
      '/api/v1/claims': {
        get: {
          operationId: 'getClaims',
          summary:
            'Figures quoted in public commentary, each with its status and the data it is checked against',
          responses: { '200': { description: 'OK', content: json('ClaimsResponse') } },
        },
      },
    },
    components: { schemas: components },
  }
}

/** The document as committed in docs/openapi.json. */
export function renderOpenApi(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`
}
