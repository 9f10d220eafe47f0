/** Header buttons: open the scenes deck, and Present (also `P`). */
import { enterPresentation, setDeckOpen } from '../present-store'

export function PresentTools() {
  return (
    <div className="present-tools">
      <button type="button" className="button button--header" onClick={() => setDeckOpen(true)}>
        Scenes
      </button>
      <button
        type="button"
        className="button button--present"
        aria-keyshortcuts="P"
        onClick={() => enterPresentation()}
      >
        Present
      </button>
    </div>
  )
}
