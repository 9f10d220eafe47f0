/** "Add view as scene": the current view (whole state) with a title, notes and its panel. */
import { useState, type SyntheticEvent } from 'react'
import { SelectField } from '../../../components/fields/select-field'
import { PANELS, type PanelId } from '../../../domain/view'
import { addScene } from '../deck-store'
import { currentQuery } from '../present-store'

const LABELS: Record<PanelId, string> = {
  vibrancy: 'AI Vibrancy Ranking',
  investment: 'Private Investment',
  models: 'Models & Patents',
}

export function AddSceneForm({ presented }: { readonly presented: PanelId | null }) {
  const [title, setTitle] = useState('')
  const [notes, setNotes] = useState('')
  const [panel, setPanel] = useState<PanelId>(presented ?? 'investment')
  const submit = (e: SyntheticEvent) => {
    e.preventDefault()
    addScene({ title: title.trim() || LABELS[panel], notes, panel, query: currentQuery() })
    setTitle('')
    setNotes('')
  }
  return (
    <form className="add-scene" onSubmit={submit} aria-label="Add view as scene">
      <h3 className="add-scene__title">Add the current view as a scene</h3>
      <div className="add-scene__fields">
        <label className="field">
          <span className="field__label">Scene title</span>
          <input
            className="field__control"
            value={title}
            maxLength={160}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <SelectField
          label="Panel"
          value={panel}
          sections={[{ title: 'Panel', options: PANELS.map((id) => ({ id, label: LABELS[id] })) }]}
          onChange={(id) => setPanel(PANELS.find((p) => p === id) ?? 'investment')}
        />
      </div>
      <label className="field">
        <span className="field__label">Speaker notes</span>
        <textarea
          className="field__control"
          rows={2}
          value={notes}
          maxLength={8000}
          onChange={(e) => setNotes(e.target.value)}
        />
      </label>
      <button type="submit" className="button button--primary">
        Add view as scene
      </button>
    </form>
  )
}
