/** Granted AI patents per 100,000 inhabitants by country (one year per edition), sortable. */
import { useState } from 'react'
import { ChartFrame } from '../../../components/chart/chart-frame'
import { RankedBars } from '../../../components/chart/lazy-charts'
import { SelectField } from '../../../components/fields/select-field'
import { entityName } from '../../../queries/meta'
import { updateView, useView } from '../../../stores/view-store'
import {
  onlyYear,
  rankedForYear,
  sortEntries,
  SORT_ORDERS,
  type SortOrder,
} from '../model/models-view'
import { PATENT_CAVEATS } from './caveats'
import { EditionSwitch } from './edition-switch'
import { entriesTable } from './tables'
import type { useModelsData } from './use-models-data'

const TOP = 15
const SORT_LABELS: Readonly<Record<SortOrder, string>> = {
  'value-desc': 'Highest first',
  'value-asc': 'Lowest first',
  name: 'By name',
}

interface Props {
  readonly data: ReturnType<typeof useModelsData>
  readonly include: (id: string) => boolean
  readonly editionLabel: (id: string) => string
}

export function Per100kFrame({ data: d, include, editionLabel }: Props) {
  const [order, setOrder] = useState<SortOrder>('value-desc')
  const selected = useView((v) => v.selected)
  const showTable = useView((v) => v.tables.includes('models'))
  const nameOf = (id: string) => entityName(d.meta.data, id)
  const observations = d.per100k.data?.observations ?? []
  const year = onlyYear(observations)
  if (year === null)
    return (
      <EditionSwitch>
        {`${editionLabel(d.edition)} publishes no patents per 100,000 inhabitants. AI Index 2025 has 54 countries for 2023, AI Index 2026 15 countries for 2024.`}
      </EditionSwitch>
    )
  const all = sortEntries(rankedForYear(observations, year, include), order, nameOf)
  const shown = showTable ? all : all.slice(0, TOP)
  const height = Math.max(160, shown.length * 24 + 30)
  const which =
    order === 'value-desc' ? 'highest' : order === 'value-asc' ? 'lowest' : 'first by name'
  return (
    <ChartFrame
      panel="models"
      title={`Granted AI patents per 100,000 inhabitants, ${year}`}
      unit={`patents per 100k inhabitants, ${all.length} countries${!showTable && all.length > TOP ? ` (the ${TOP} ${which} shown; the table lists all)` : ''}`}
      source={`AI Index — ${editionLabel(d.edition)}`}
      caveats={PATENT_CAVEATS}
      height={height}
      tools={
        <SelectField
          className="field--compact"
          label="Sort"
          value={order}
          sections={[
            { title: 'Sort', options: SORT_ORDERS.map((id) => ({ id, label: SORT_LABELS[id] })) },
          ]}
          onChange={(id) => setOrder(SORT_ORDERS.find((o) => o === id) ?? 'value-desc')}
        />
      }
      chart={
        <RankedBars
          data={shown.map((r) => ({
            id: r.entityId,
            name: nameOf(r.entityId),
            value: r.value,
            highlighted: r.entityId === selected,
          }))}
          unit="per 100k inhabitants"
          digits={4}
          height={height}
          anySelected={selected !== null}
          onSelect={(id) => updateView({ selected: id === selected ? null : id })}
        />
      }
      table={entriesTable(
        `Patents per 100k inhabitants, ${year}, ${order === 'name' ? 'by name' : 'by value'}`,
        shown,
        nameOf,
        'Per 100k',
        null,
        selected,
      )}
      exportData={{
        header: ['entity', `patents per 100k ${year}`],
        rows: shown.map((r) => [nameOf(r.entityId), r.value]),
      }}
    />
  )
}
