/**
 * The Private Investment panel's data: the selected series (edition or constant prices), the
 * server's group sums (region, EU-27), the user's bloc, population / GDP for normalisation and
 * the other AI Index editions for revisions — turned into the view by the pure model.
 */
import { useMemo } from 'react'
import type { EditionId, Observation } from '../../../api/schemas'
import { coverageLabel } from '../../../lib/aggregate'
import { scopeOf } from '../../../lib/scope'
import { useIndicator } from '../../../queries/indicator'
import { entityName, useMeta } from '../../../queries/meta'
import { useClaims, usePledges } from '../../../queries/pledges'
import { useReferenceData } from '../../../queries/reference'
import { useViewOmit } from '../../../stores/view-store'
import { claimAnnotations } from '../model/claim-annotations'
import { CUSTOM_BLOC_ID, customBlocObservations } from '../model/custom-bloc'
import { buildInvestmentView } from '../model/investment-view'
import type { Flow } from '../model/pledges'
import { revisedSincePrevious, revisions, type RevisionMark } from '../model/revisions'

export function useInvestmentData() {
  const v = useViewOmit(['weights', 'compare'])
  const meta = useMeta()
  const real = v.price === 'real'
  const indicatorId = real ? 'private-investment-real' : 'private-investment'
  const edition: EditionId = real ? 'owid-2025' : v.edition
  const reported = useIndicator(indicatorId, { edition })
  const groupIds = v.region === 'world' ? [] : [v.region]
  const groups = useIndicator(indicatorId, { edition, entities: [...groupIds, 'eu27'] })
  const reference = useReferenceData(v.norm === 'per-capita' || v.norm === 'share-of-gdp')
  const pledges = usePledges()
  const claims = useClaims()
  // Every AI Index edition of the nominal series, for revisions (cached and shared).
  const e2024 = useIndicator('private-investment', { edition: 'aiindex-2024' }, !real)
  const e2025 = useIndicator('private-investment', { edition: 'aiindex-2025' }, !real)
  const e2026 = useIndicator('private-investment', { edition: 'aiindex-2026' }, !real)
  const labelOf = (id: string) => meta.data?.editions.find((e) => e.id === id)?.label ?? id
  const editionLabel = labelOf(edition)

  const m = meta.data
  const view = useMemo(() => {
    if (!m || !reported.data || !groups.data) return null
    const worldByYear = new Map(
      reported.data.observations.filter((o) => o.entityId === 'WLD').map((o) => [o.year, o.value]),
    )
    const custom = v.bloc ? customBlocObservations(reported.data.observations, v.bloc) : []
    const ids = v.region === 'world' ? [] : [v.region]
    return buildInvestmentView(
      reported.data.observations,
      [...custom, ...groups.data.observations.filter((o) => ids.includes(o.entityId))],
      {
        population: reference.population,
        gdp: reference.gdp,
        world: (year) => worldByYear.get(year) ?? null,
        groupMembers: (id) =>
          id === CUSTOM_BLOC_ID
            ? (v.bloc?.members ?? null)
            : (m.groupById.get(id)?.members ?? null),
      },
      {
        year: v.year,
        range: v.years,
        norm: v.norm,
        cumulative: v.cumulative,
        base: v.base,
        includes: scopeOf(v, m.groupById, m.entityById).includes,
        picked: v.countries,
      },
    )
  }, [m, reported.data, groups.data, reference.population, reference.gdp, v])

  const byEdition = useMemo(
    () =>
      new Map<EditionId, readonly Observation[]>(
        [e2024.data, e2025.data, e2026.data].flatMap((d) =>
          d ? [[d.edition, d.observations]] : [],
        ),
      ),
    [e2024.data, e2025.data, e2026.data],
  )
  const marks = useMemo(
    () => (real ? new Map<string, RevisionMark>() : revisedSincePrevious(byEdition, edition)),
    [byEdition, edition, real],
  )
  const revised = view && !real ? revisions(byEdition, view.year) : []

  const nameOf = (id: string) =>
    id === CUSTOM_BLOC_ID ? `${v.bloc?.name ?? 'Your bloc'} (your bloc)` : entityName(m, id)

  /** The economy's private investment in the view's year, in the selected series (US$ bn). */
  const flowOf = (economyId: string): Flow | null => {
    if (!view) return null
    const source = economyId === 'eu27' ? groups.data?.observations : reported.data?.observations
    const o = source?.find((x) => x.entityId === economyId && x.year === view.year)
    const coverage = o?.coverage ? `, sum of members: ${coverageLabel(o.coverage)}` : ''
    return { value: o?.value ?? null, year: view.year, label: `${editionLabel}${coverage}` }
  }

  return {
    meta,
    queries: [meta, reported, groups, ...reference.queries],
    pledges,
    view,
    real,
    edition,
    editionLabel,
    labelOf,
    nameOf,
    marks,
    revised,
    flowOf,
    hasWorld: reported.data?.observations.some((o) => o.entityId === 'WLD' && o.value !== null),
    annotations: claimAnnotations(claims.data?.claims ?? [], edition),
    claims: claims.data?.claims ?? [],
    /** The /claims query itself: its failure is shown (with Retry) where the claims would be. */
    claimsQuery: claims,
  }
}
