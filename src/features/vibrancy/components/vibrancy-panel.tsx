/** AI Vibrancy Ranking panel: the ranking as published, why ranks move, and an open index computed here. */
import { NormalisationField } from '../../../components/fields/normalisation-field'
import { SelectField } from '../../../components/fields/select-field'
import { Panel } from '../../../components/panel/panel'
import { QueryBoundary } from '../../../components/panel/query-boundary'
import { VisibleFirst } from '../../../components/panel/visible-first'
import { GVT_EDITIONS, type GvtEdition } from '../../../stores/url-codec'
import { updateView, useView } from '../../../stores/view-store'
import { IndexSection } from './index-section'
import { PublishedSection } from './published-section'
import { useVibrancyData } from './use-vibrancy-data'
import './vibrancy.css'

export function VibrancyPanel() {
  const gvt = useView((v) => v.gvt)
  const data = useVibrancyData()
  return (
    <Panel
      title="AI Vibrancy Ranking"
      subtitle="The Global AI Vibrancy ranking as published by Stanford HAI — and an open index, computed here, that you can re-weight"
      actions={
        <>
          <NormalisationField options={['absolute', 'per-capita']} />
          <SelectField
            label="Vibrancy edition"
            value={gvt}
            sections={[
              {
                title: 'GVT edition',
                options: GVT_EDITIONS.map((id) => ({ id, label: data.label(id) })),
              },
            ]}
            onChange={(id) => updateView({ gvt: id as GvtEdition })}
          />
        </>
      }
    >
      <QueryBoundary queries={data.queries} loadingLabel="Loading the vibrancy ranking">
        {() =>
          data.model && data.ranking ? (
            <>
              <VisibleFirst>
                <PublishedSection
                  current={data.ranking}
                  other={data.other ?? null}
                  include={data.model.scope.includes}
                  inView={data.model.inView}
                  editionLabel={data.label}
                  nameOf={data.nameOf}
                />
              </VisibleFirst>
              <VisibleFirst>
                <IndexSection
                  raw={data.model.raw}
                  used={data.model.used}
                  countries={data.model.inView}
                  refYear={data.model.refYear}
                  gvtEditions={[data.ranking, ...(data.other ? [data.other] : [])]}
                  editionLabel={data.label}
                  sourceLabel={data.sourceLabel}
                  nameOf={data.nameOf}
                  perCapita={data.perCapita}
                />
              </VisibleFirst>
            </>
          ) : null
        }
      </QueryBoundary>
    </Panel>
  )
}
