/** The product bar: name, data mode badge, the Edition picker, theme, scenes and Present. */
import { SelectField } from '../components/fields/select-field'
import { AI_INDEX_EDITIONS, editionLabel, isAiIndexEdition } from '../domain/editions'
import type { UpdateView, ViewState } from '../domain/view'
import { PresentTools } from '../features/present/components/present-tools'
import { useApiClient } from '../lib/api-context'
import { useMeta } from '../queries/meta'
import { ThemeSwitch } from './theme-switch'

interface Props {
  readonly view: Pick<ViewState, 'edition'>
  readonly update: UpdateView
}

/** The Edition picker's options: every AI Index edition, labelled as /meta labels it. */
export function editionOptions(served: Parameters<typeof editionLabel>[1]) {
  return AI_INDEX_EDITIONS.map((id) => ({ id, label: editionLabel(id, served) }))
}

export function AppHeader({ view, update }: Props) {
  const client = useApiClient()
  const meta = useMeta()
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true">
          ◆
        </span>
        <div>
          <h1 className="app-header__name">AI Monitor</h1>
          <p className="app-header__tagline">The global AI race, from sourced figures</p>
        </div>
      </div>
      <div className="app-header__tools">
        <a className="app-header__link" href="#claims-scorecard">
          Claims scorecard
        </a>
        <span
          className={`badge ${client.mode.kind === 'embedded' ? 'badge--embedded' : 'badge--http'}`}
          title={
            client.mode.kind === 'embedded'
              ? 'Data served in the browser from the sourced fixtures shipped with the app'
              : `Data from ${client.mode.baseUrl}`
          }
        >
          {client.mode.kind === 'embedded' ? 'Embedded data' : `API: ${client.mode.baseUrl}`}
        </span>
        <SelectField
          className="field--edition"
          label="Edition"
          value={view.edition}
          sections={[{ title: 'AI Index edition', options: editionOptions(meta.data?.editions) }]}
          onChange={(id) => {
            if (isAiIndexEdition(id)) update({ edition: id })
          }}
        />
        <ThemeSwitch />
        <PresentTools />
      </div>
    </header>
  )
}
