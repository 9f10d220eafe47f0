/** Models & Patents panel: the output of the AI race, and output per dollar. */
import { useMemo } from 'react'
import { Panel } from '../../../components/panel/panel'
import { PanelEmpty } from '../../../components/panel/panel-states'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { scopeOf } from '../../../lib/scope'
import { wideRows } from '../../../lib/wide-rows'
import { latestYear } from '../../../lib/year-table'
import { useIndicator } from '../../../queries/indicator'
import { entityName, useMeta } from '../../../queries/meta'
import { useClaims } from '../../../queries/pledges'
import { useReferenceData } from '../../../queries/reference'
import { useView } from '../../../stores/view-store'
import { ModelsCharts } from './models-charts'
import { ModelsControls } from './models-controls'
import './models.css'

export function ModelsPanel() {
  const v = useView((s) => s)
  const meta = useMeta()
  const edition = v.edition
  const notable = useIndicator('notable-models', { edition })
  const foundation = useIndicator('foundation-models', { edition })
  const patents = useIndicator('ai-patents-granted', { edition })
  const perCapita = useIndicator('ai-patents-per-100k', { edition })
  // Only AI Index 2026 publishes cumulative notable models; both axes of the scatter come from it.
  const investCum = useIndicator('private-investment-cumulative', { edition: 'aiindex-2026' })
  const modelsCum = useIndicator('notable-models-cumulative', { edition: 'aiindex-2026' })
  const reference = useReferenceData(v.norm === 'per-capita')
  const claims = useClaims()
  const editionLabel = meta.data?.editions.find((e) => e.id === edition)?.label ?? edition

  const data = useMemo(() => {
    if (!meta.data || !notable.data || !foundation.data || !patents.data || !perCapita.data)
      return null
    const scope = scopeOf(v, meta.data.groupById, meta.data.entityById)
    const year =
      v.year ?? latestYear(notable.data.observations) ?? latestYear(patents.data.observations)
    if (year === null) return null
    const columns = {
      notable: notable.data.observations,
      foundation: foundation.data.observations,
      patents: patents.data.observations,
      perCapita: perCapita.data.observations,
    }
    return { year, scope, rows: wideRows(columns, year, scope.includes, v.countries) }
  }, [meta.data, notable.data, foundation.data, patents.data, perCapita.data, v])

  const countries = useMemo(
    () =>
      (modelsCum.data?.observations ?? [])
        .map((o) => ({ id: o.entityId, label: entityName(meta.data, o.entityId) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [modelsCum.data, meta.data],
  )

  return (
    <Panel title="Models & Patents" subtitle="The output of the AI race — and output per dollar">
      <ModelsControls countries={countries} />
      <QueryBoundary
        queries={[meta, notable, foundation, patents, perCapita, ...reference.queries]}
        loadingLabel="Loading models and patents"
      >
        {() =>
          data &&
          data.rows.length > 0 &&
          meta.data &&
          notable.data &&
          patents.data &&
          perCapita.data ? (
            <ModelsCharts
              year={data.year}
              rows={data.rows}
              include={data.scope.includes}
              editionLabel={editionLabel}
              notable={notable.data.observations}
              patents={patents.data.observations}
              perCapita={perCapita.data.observations}
              investCum={investCum.data?.observations ?? []}
              modelsCum={modelsCum.data?.observations ?? []}
              claims={claims.data?.claims ?? []}
              population={v.norm === 'per-capita' ? reference.population : null}
              nameOf={(id) => entityName(meta.data, id)}
              isCountry={(id) => meta.data?.entityById.get(id)?.kind === 'country'}
            />
          ) : (
            <PanelEmpty>{`${editionLabel} has no model or patent figure for ${v.year ?? 'this view'} in this scope.`}</PanelEmpty>
          )
        }
      </QueryBoundary>
    </Panel>
  )
}
