/** The global filters: region or bloc, countries, year and year range. All live in the URL. */
import { useMemo } from 'react'
import { CountryPicker } from '../components/fields/country-picker'
import { SelectField, type SelectSection } from '../components/fields/select-field'
import { YearRangeField } from '../components/fields/year-range-field'
import { useEventCallback } from '../components/use-event-callback'
import type { UpdateView, ViewState } from '../domain/view'
import { editionSpan } from '../lib/years'
import { useMeta, type IndexedMeta } from '../queries/meta'
import { resetView } from '../stores/view-store'

const LATEST = 'latest'

function regionSections(meta: IndexedMeta | undefined): SelectSection[] {
  const groups = meta?.groups ?? []
  const pick = (kind: string) =>
    groups.filter((g) => g.kind === kind).map((g) => ({ id: g.id, label: g.label }))
  return [
    { title: 'Whole world', options: [{ id: 'world', label: 'World' }] },
    { title: 'Blocs', options: pick('bloc') },
    { title: 'Regions (UN M49)', options: pick('m49-region') },
    { title: 'Sub-regions (UN M49)', options: pick('m49-subregion') },
  ]
}

interface Props {
  readonly view: ViewState
  readonly update: UpdateView
}

export function FilterBar({ view, update }: Props) {
  const { region, countries, year, years, edition } = view
  const meta = useMeta()
  const sections = useMemo(() => regionSections(meta.data), [meta.data])
  const countryOptions = useMemo(
    () =>
      (meta.data?.entities ?? [])
        .filter((e) => e.kind === 'country')
        .map((e) => ({ id: e.id, label: e.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [meta.data],
  )
  const [from, to] = editionSpan(meta.data?.indicators ?? [], edition) ?? [2013, 2025]
  // One function for the range slider, which then skips re-rendering on other filters' changes.
  const setYears = useEventCallback((range: ViewState['years']) => update({ years: range }))
  const yearOptions = [{ id: LATEST, label: 'Latest with data' }]
  for (let y = to; y >= from; y--) yearOptions.push({ id: String(y), label: String(y) })

  return (
    <section className="filter-bar" aria-label="Filters">
      <SelectField
        label="Region or bloc"
        value={region}
        sections={sections}
        onChange={(id) => update({ region: id })}
      />
      <CountryPicker
        options={countryOptions}
        value={countries}
        onChange={(ids) => update({ countries: ids })}
      />
      <SelectField
        label="Year"
        value={year === null ? LATEST : String(year)}
        sections={[{ title: 'Year', options: yearOptions }]}
        onChange={(id) => update({ year: id === LATEST ? null : Number(id) })}
      />
      <YearRangeField min={from} max={to} value={years} onChange={setYears} />
      <button type="button" className="button button--quiet filter-bar__reset" onClick={resetView}>
        Reset filters
      </button>
    </section>
  )
}
