/** Models & Patents panel: the output of the AI race, and output per dollar. */
import { useMemo, useState } from 'react'
import { Panel } from '../../../components/panel/panel'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { VisibleFirst } from '../../../components/panel/visible-first'
import { scopeOf } from '../../../lib/scope'
import { entityName } from '../../../queries/meta'
import { useView } from '../../../stores/view-store'
import type { InvestmentBasis } from '../model/output-per-dollar'
import { ModelsControls } from './models-controls'
import { ModelsSection } from './models-section'
import { OpenClaims } from './open-claims'
import { OutputSection } from './output-section'
import { PatentsSection } from './patents-section'
import { SourcesNote } from './sources-note'
import { useModelsData } from './use-models-data'
import './models.css'

export function ModelsPanel() {
  const [basis, setBasis] = useState<InvestmentBasis>('aiindex-2026')
  const d = useModelsData(basis)
  const region = useView((v) => v.region)
  const countries = useView((v) => v.countries)
  const metaData = d.meta.data
  const scope = useMemo(
    () =>
      metaData ? scopeOf({ region, countries }, metaData.groupById, metaData.entityById) : null,
    [metaData, region, countries],
  )
  const highlightable = useMemo(() => {
    const ids = new Set(
      [
        ...(d.modelsCum.data?.observations ?? []),
        ...(d.per100k.data?.observations ?? []),
        ...(d.notable.data?.observations ?? []),
      ]
        .filter((o) => metaData?.entityById.get(o.entityId)?.kind === 'country')
        .map((o) => o.entityId),
    )
    return [...ids]
      .map((id) => ({ id, label: entityName(metaData, id) }))
      .sort((a, b) => a.label.localeCompare(b.label))
  }, [d.modelsCum.data, d.per100k.data, d.notable.data, metaData])
  const editionLabel = (id: string) => metaData?.editions.find((e) => e.id === id)?.label ?? id

  return (
    <Panel title="Models & Patents" subtitle="The output of the AI race — and output per dollar">
      <ModelsControls countries={highlightable} />
      {/* Off screen when its data arrives (below the fold at load), the panel's body is
          drawn right after the visible panels instead of holding up their first paint. */}
      <VisibleFirst className="panel__deferred">
        <QueryBoundary queries={d.required} loadingLabel="Loading models and patents">
          {() =>
            metaData && scope ? (
              <>
                <VisibleFirst>
                  <ModelsSection data={d} include={scope.includes} editionLabel={editionLabel} />
                </VisibleFirst>
                <VisibleFirst>
                  <PatentsSection data={d} include={scope.includes} editionLabel={editionLabel} />
                </VisibleFirst>
                <VisibleFirst>
                  <OutputSection
                    data={d}
                    include={(id) =>
                      scope.includes(id) && metaData.entityById.get(id)?.kind === 'country'
                    }
                    basis={basis}
                    onBasis={setBasis}
                  />
                </VisibleFirst>
                <VisibleFirst>
                  <QueryBoundary queries={[d.claims]} loadingLabel="Loading quoted claims">
                    {() => (
                      <OpenClaims
                        claims={d.claims.data?.claims ?? []}
                        foundation={d.foundation2024.data?.observations ?? []}
                      />
                    )}
                  </QueryBoundary>
                  <SourcesNote />
                </VisibleFirst>
              </>
            ) : null
          }
        </QueryBoundary>
      </VisibleFirst>
    </Panel>
  )
}
