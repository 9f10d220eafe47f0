/**
 * A labelled single-choice select: the platform's own <select>, so keyboard, typeahead, screen
 * readers and touch pickers behave as users expect. It replaced a react-aria Select: eleven of
 * those cost ~100 ms of the first render and ~25 ms of every data render (profiled), for the
 * same behaviour. Chromium draws the open list in the app's theme (`appearance: base-select`,
 * app.css); other browsers show their own list.
 */
import { memo, useId } from 'react'
import { sameData } from '../../lib/same-data'
import { useEventCallback } from '../use-event-callback'

export interface SelectOption {
  readonly id: string
  readonly label: string
}

export interface SelectSection {
  readonly title: string
  readonly options: readonly SelectOption[]
}

interface SelectFieldProps {
  readonly label: string
  readonly value: string
  readonly sections: readonly SelectSection[]
  readonly onChange: (id: string) => void
  readonly className?: string
}

/** Re-renders only when its label, value or options change (DESIGN §5 filter budget). */
export function SelectField(props: SelectFieldProps) {
  const onChange = useEventCallback(props.onChange)
  return <SelectFieldView {...props} onChange={onChange} />
}

function optionList(options: readonly SelectOption[]) {
  return options.map((o) => (
    <option key={o.id} value={o.id}>
      {o.label}
    </option>
  ))
}

const SelectFieldView = memo(function SelectFieldView({
  label,
  value,
  sections,
  onChange,
  className,
}: SelectFieldProps) {
  const id = useId()
  // A value outside the options (e.g. an edition not yet in the loaded list) shows as "—",
  // never as the first option, which the browser would otherwise display as chosen.
  const known = sections.some((section) => section.options.some((o) => o.id === value))
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__control select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {known ? null : (
          <option value={value} disabled>
            —
          </option>
        )}
        {/* One section is a plain list; several are titled groups (e.g. regions and blocs). */}
        {sections.length === 1
          ? optionList(sections[0]?.options ?? [])
          : sections.map((section) => (
              <optgroup key={section.title} label={section.title}>
                {optionList(section.options)}
              </optgroup>
            ))}
      </select>
    </div>
  )
}, sameData)
