/** GET /meta: editions, entities, groups, indicators, sources and caveats. */
import { queryOptions, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ApiClient } from '../api/client'
import type { Entity, Group, MetaResponse } from '../api/schemas'
import { editionLabel } from '../domain/editions'
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

/**
 * A valid /meta answer that lacks what a figure needs, as that figure's problem (a message, and
 * a Retry that asks /meta again); undefined while `message` is null. Stable while the message is.
 */
export function useMetaLacks(message: string | null) {
  const { refetch } = useMeta()
  return useMemo(
    () =>
      message === null
        ? undefined
        : { message, retry: () => void refetch({ cancelRefetch: false }) },
    [message, refetch],
  )
}

/** Display name of an entity or group id ("EU-27", "United States"). */
export function entityName(meta: IndexedMeta | undefined, id: string): string {
  return meta?.entityById.get(id)?.name ?? meta?.groupById.get(id)?.label ?? id
}

/** Lookups every panel labels its figures with: names, edition labels, sources. */
export interface MetaNames {
  /** "United States", "EU-27"; the id itself when unknown. */
  readonly entity: (id: string) => string
  /** The edition's label as served ("AI Index 2026"). */
  readonly edition: (id: string) => string
  readonly source: (id: string) => MetaResponse['sources'][number] | undefined
  readonly isCountry: (id: string) => boolean
  readonly indicator: (id: string) => MetaResponse['indicators'][number] | undefined
  /** Every entity /meta lists, countries with their UN M49 code (the map joins on it). */
  readonly entities: readonly Entity[]
}

const namesCache = new WeakMap<IndexedMeta, MetaNames>()

/** The lookups of one metadata answer (built once per answer, so they are stable). */
export function metaNames(meta: IndexedMeta): MetaNames {
  let names = namesCache.get(meta)
  if (!names) {
    names = {
      entity: (id) => entityName(meta, id),
      edition: (id) => editionLabel(id, meta.editions),
      source: (id) => meta.sourceById.get(id),
      isCountry: (id) => meta.entityById.get(id)?.kind === 'country',
      indicator: (id) => meta.indicators.find((i) => i.id === id),
      entities: meta.entities,
    }
    namesCache.set(meta, names)
  }
  return names
}
