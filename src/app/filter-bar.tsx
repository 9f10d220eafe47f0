/** The global filters: region or bloc, countries, year and year range. All live in the URL. */
import { useMemo } from 'react'
import { CountryPicker } from '../components/fields/country-picker'
import { SelectField, type SelectSection } from '../components/fields/select-field'
import { YearRangeField } from '../components/fields/year-range-field'
import { useMeta, type IndexedMeta } from '../queries/meta'
import { resetView, updateView, useView } from '../stores/view-store'

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

/** Data years the current edition covers, across its indicators. */
function yearSpan(meta: IndexedMeta | undefined, edition: string): [number, number] {
  let from = Infinity
  let to = -Infinity
  for (const indicator of meta?.indicators ?? [])
    for (const c of indicator.coverage)
      if (c.edition === edition) {
        from = Math.min(from, c.from)
        to = Math.max(to, c.to)
      }
  return Number.isFinite(from) ? [from, to] : [2013, 2025]
}

export function FilterBar() {
  const meta = useMeta()
  const region = useView((v) => v.region)
  const countries = useView((v) => v.countries)
  const year = useView((v) => v.year)
  const years = useView((v) => v.years)
  const edition = useView((v) => v.edition)
  const sections = useMemo(() => regionSections(meta.data), [meta.data])
  const countryOptions = useMemo(
    () =>
      (meta.data?.entities ?? [])
        .filter((e) => e.kind === 'country')
        .map((e) => ({ id: e.id, label: e.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [meta.data],
  )
  const [from, to] = yearSpan(meta.data, edition)
  const yearOptions = [{ id: LATEST, label: 'Latest with data' }]
  for (let y = to; y >= from; y--) yearOptions.push({ id: String(y), label: String(y) })

  return (
    <section className="filter-bar" aria-label="Filters">
      <SelectField
        label="Region or bloc"
        value={region}
        sections={sections}
        onChange={(id) => updateView({ region: id })}
      />
      <CountryPicker
        options={countryOptions}
        value={countries}
        onChange={(ids) => updateView({ countries: ids })}
      />
      <SelectField
        label="Year"
        value={year === null ? LATEST : String(year)}
        sections={[{ title: 'Year', options: yearOptions }]}
        onChange={(id) => updateView({ year: id === LATEST ? null : Number(id) })}
      />
      <YearRangeField
        min={from}
        max={to}
        value={years}
        onChange={(range) => updateView({ years: range })}
      />
      <button type="button" className="button button--quiet filter-bar__reset" onClick={resetView}>
        Reset filters
      </button>
    </section>
  )
}
