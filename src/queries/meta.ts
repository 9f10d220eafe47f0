/** GET /meta: editions, entities, groups, indicators, sources and caveats. */
import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ApiClient } from '../api/client'
import type { Entity, Group, MetaResponse } from '../api/schemas'
import { useApiClient } from '../lib/api-context'

export const metaKeys = { all: ['meta'] as const }

export function metaQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: metaKeys.all,
    queryFn: ({ signal }) => client.meta(signal),
    staleTime: Infinity,
    select: indexMeta,
  })
}

/** Meta with lookup maps the panels need. */
export interface IndexedMeta extends MetaResponse {
  readonly entityById: ReadonlyMap<string, Entity>
  readonly groupById: ReadonlyMap<string, Group>
  readonly sourceById: ReadonlyMap<string, MetaResponse['sources'][number]>
}

function indexMeta(meta: MetaResponse): IndexedMeta {
  return {
    ...meta,
    entityById: new Map(meta.entities.map((e) => [e.id, e])),
    groupById: new Map(meta.groups.map((g) => [g.id, g])),
    sourceById: new Map(meta.sources.map((s) => [s.id, s])),
  }
}

/** The meta query (loaded once, shared by every panel). */
export function useMeta() {
  return useQuery(metaQueryOptions(useApiClient()))
}

/** Display name of an entity or group id ("EU-27", "United States"). */
export function entityName(meta: IndexedMeta | undefined, id: string): string {
  return meta?.entityById.get(id)?.name ?? meta?.groupById.get(id)?.label ?? id
}
