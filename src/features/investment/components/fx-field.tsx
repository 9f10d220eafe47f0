/**
 * The EUR→USD rate pledges in euros are converted at: stated with its date, editable, kept in
 * the URL (`fx`). The default is an assumption, and says so: the data holds no exchange rate.
 */
import { useState } from 'react'
import type { UpdateView } from '../../../domain/view'
import { DEFAULT_EUR_USD, DEFAULT_EUR_USD_NOTE } from '../model/pledges'

export function FxField({
  fx,
  update,
}: {
  readonly fx: number | null
  readonly update: UpdateView
}) {
  const [draft, setDraft] = useState(String(fx ?? DEFAULT_EUR_USD))
  const [invalid, setInvalid] = useState(false)
  return (
    <form
      className="fx"
      onSubmit={(e) => {
        e.preventDefault()
        const rate = Number(draft.replace(',', '.'))
        const ok = Number.isFinite(rate) && rate > 0 && rate < 10
        setInvalid(!ok)
        if (ok) update({ fx: rate === DEFAULT_EUR_USD ? null : rate })
      }}
    >
      <label htmlFor="fx-rate">EUR→USD rate</label>
      <input
        id="fx-rate"
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid}
        aria-describedby="fx-note"
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" className="button">
        Apply
      </button>
      <span id="fx-note" className="fx__note">
        {invalid
          ? 'Enter a rate between 0 and 10 (US$ per €).'
          : fx === null
            ? `${String(DEFAULT_EUR_USD)} ${DEFAULT_EUR_USD_NOTE}.`
            : `${String(fx)} US$ per € — your rate (default ${String(DEFAULT_EUR_USD)}, an assumption).`}
      </span>
    </form>
  )
}
