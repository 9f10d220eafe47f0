/** The product bar: name, data mode badge, the Edition picker, theme, scenes and Present. */
import { useApiClient } from '../lib/api-context'
import { useMeta } from '../queries/meta'
import { SelectField } from '../components/fields/select-field'
import { updateView, useView } from '../stores/view-store'
import { AI_INDEX_EDITIONS, type AiIndexEdition } from '../stores/url-codec'
import { PresentTools } from '../features/present/components/present-tools'
import { ThemeSwitch } from './theme-switch'

export function AppHeader() {
  const client = useApiClient()
  const edition = useView((v) => v.edition)
  const meta = useMeta()
  const label = (id: string) => meta.data?.editions.find((e) => e.id === id)?.label ?? id
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
          value={edition}
          sections={[
            {
              title: 'AI Index edition',
              options: AI_INDEX_EDITIONS.map((id) => ({ id, label: label(id) })),
            },
          ]}
          onChange={(id) => updateView({ edition: id as AiIndexEdition })}
        />
        <ThemeSwitch />
        <PresentTools />
      </div>
    </header>
  )
}
