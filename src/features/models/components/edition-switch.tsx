/** Says what the chosen edition lacks and offers the edition that has it (the picker stays the one control). */
import { updateView } from '../../../stores/view-store'

export function EditionSwitch({ children }: { readonly children: string }) {
  return (
    <div className="models-gap">
      <p>{children}</p>
      <button
        type="button"
        className="button"
        onClick={() => updateView({ edition: 'aiindex-2026' })}
      >
        Switch to AI Index 2026
      </button>
    </div>
  )
}
