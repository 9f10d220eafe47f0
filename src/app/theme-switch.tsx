/** The theme switch in the header (a UI preference in localStorage, not part of the link). */
import { SelectField } from '../components/fields/select-field'
import { setTheme, useUiStore } from '../stores/ui-store'
import { THEMES, type Theme } from '../domain/view'

const LABELS: Record<Theme, string> = {
  auto: 'Auto (system)',
  light: 'Light',
  dark: 'Dark',
  projector: 'Projector',
}

export function ThemeSwitch() {
  const theme = useUiStore((s) => s.theme)
  return (
    <SelectField
      className="field--theme"
      label="Theme"
      value={theme}
      sections={[{ title: 'Theme', options: THEMES.map((id) => ({ id, label: LABELS[id] })) }]}
      onChange={(id) => setTheme(THEMES.find((t) => t === id) ?? 'auto')}
    />
  )
}
