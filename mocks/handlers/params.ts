/**
 * Parsing and validation of query parameters. Each parameter is checked on its own; the
 * first invalid one becomes a 400 naming it.
 */
import { EditionIdSchema, type EditionId } from '../../src/api/schemas'
import { QueryError } from '../service/repository'

const MIN_YEAR = 1990
const MAX_YEAR = 2100
const MAX_ENTITIES = 400

/** Reads an optional edition id. */
export function parseEdition(params: URLSearchParams): EditionId | null {
  const raw = params.get('edition')
  if (raw === null || raw === '') return null
  const parsed = EditionIdSchema.safeParse(raw)
  if (!parsed.success)
    throw new QueryError(400, 'Invalid parameter', `Unknown edition "${raw}".`, 'edition')
  return parsed.data
}

/** Reads an optional four-digit year within the supported range. */
export function parseYear(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name)
  if (raw === null || raw === '') return null
  if (!/^\d{4}$/.test(raw))
    throw new QueryError(
      400,
      'Invalid parameter',
      `"${name}" must be a four-digit year, not "${raw}".`,
      name,
    )
  const year = Number(raw)
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new QueryError(
      400,
      'Invalid parameter',
      `"${name}" must be between ${MIN_YEAR} and ${MAX_YEAR}.`,
      name,
    )
  return year
}

/** Reads the comma-separated entity list (ids are checked against the data later). */
export function parseEntities(params: URLSearchParams): string[] | null {
  const raw = params.get('entities')
  if (raw === null || raw === '') return null
  const ids = raw.split(',').map((s) => s.trim())
  if (ids.some((id) => !/^[A-Za-z0-9_-]{1,40}$/.test(id)))
    throw new QueryError(
      400,
      'Invalid parameter',
      '"entities" must be a comma-separated list of ids.',
      'entities',
    )
  if (ids.length > MAX_ENTITIES)
    throw new QueryError(
      400,
      'Invalid parameter',
      `At most ${MAX_ENTITIES} entities per request.`,
      'entities',
    )
  return [...new Set(ids)]
}
