/** Name the chosen countries as a bloc of your own (kept in the URL), or remove it. */
import { useState } from 'react'
import type { CustomBloc, UpdateView } from '../../../domain/view'

interface Props {
  readonly countries: readonly string[]
  readonly bloc: CustomBloc | null
  readonly nameOf: (id: string) => string
  readonly update: UpdateView
}

export function BlocBuilder({ countries, bloc, nameOf, update }: Props) {
  const [name, setName] = useState('')
  if (bloc)
    return (
      <p className="bloc-builder">
        Your bloc <strong>{bloc.name}</strong>: {bloc.members.map(nameOf).join(', ')}.{' '}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => update({ bloc: null })}
        >
          Remove bloc
        </button>
      </p>
    )
  return (
    <form
      className="bloc-builder"
      onSubmit={(e) => {
        e.preventDefault()
        const trimmed = name.trim().replace(/[:<>]/g, '')
        if (trimmed && countries.length >= 2)
          update({ bloc: { name: trimmed.slice(0, 40), members: countries } })
      }}
    >
      <label htmlFor="bloc-name">
        {countries.length >= 2
          ? `Name the ${String(countries.length)} chosen countries as a bloc`
          : 'A bloc of your own: its name'}
      </label>
      <input
        id="bloc-name"
        value={name}
        maxLength={40}
        placeholder="e.g. Nordics"
        onChange={(e) => setName(e.target.value)}
      />
      <button
        type="submit"
        className="button"
        disabled={countries.length < 2 || name.trim() === ''}
      >
        Make bloc
      </button>
      {countries.length < 2 ? (
        <span className="muted">
          Pick two or more countries in the filter bar first; the bloc sums its reporting members,
          with the coverage shown.
        </span>
      ) : null}
    </form>
  )
}
