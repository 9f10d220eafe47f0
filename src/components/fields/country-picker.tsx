/**
 * Searchable multi-select of countries: a combobox to add (type to filter) and removable tags
 * for the chosen ones — the accessible pattern react-aria-components supports directly.
 */
import { memo, useDeferredValue, useMemo, useState } from 'react'
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  type Key,
} from 'react-aria-components'
import { sameData } from '../../lib/same-data'
import { useEventCallback } from '../use-event-callback'
import type { SelectOption } from './select-field'

interface CountryPickerProps {
  readonly options: readonly SelectOption[]
  readonly value: readonly string[]
  readonly onChange: (ids: readonly string[]) => void
}

/** Re-renders only when its options or value change (see SelectField). */
export function CountryPicker(props: CountryPickerProps) {
  const onChange = useEventCallback(props.onChange)
  return <CountryPickerView {...props} onChange={onChange} />
}

const CountryPickerView = memo(function CountryPickerView({
  options,
  value,
  onChange,
}: CountryPickerProps) {
  const [input, setInput] = useState('')
  const available = useMemo(() => {
    const chosen = new Set(value)
    return options.filter((o) => !chosen.has(o.id))
  }, [options, value])
  // The list is built even while closed (react-aria collections): ~200 countries arriving with
  // the first data would hold up its paint, so the list catches up in a background render.
  const listed = useDeferredValue(available)
  const labelOf = new Map(options.map((o) => [o.id, o.label]))
  return (
    <div className="field country-picker">
      <ComboBox
        className="country-picker__combo"
        inputValue={input}
        onInputChange={setInput}
        value={null}
        onChange={(key: Key | null) => {
          if (key === null) return
          onChange([...value, String(key)])
          setInput('')
        }}
        menuTrigger="focus"
      >
        <Label className="field__label">Countries</Label>
        <div className="field__control combo">
          <Input
            className="combo__input"
            placeholder={value.length ? 'Add a country…' : 'All countries — type to pick'}
          />
          <Button className="combo__button" aria-label="Show countries">
            ▾
          </Button>
        </div>
        <Popover className="popover" placement="bottom start">
          <ListBox className="listbox" items={listed}>
            {(o) => (
              <ListBoxItem id={o.id} className="listbox__item" textValue={o.label}>
                {o.label}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {value.length > 0 ? (
        <TagGroup
          aria-label="Chosen countries"
          className="tags"
          onRemove={(keys) => onChange(value.filter((id) => !keys.has(id)))}
        >
          <TagList className="tags__list">
            {value.map((id) => (
              <Tag key={id} id={id} className="tag" textValue={labelOf.get(id) ?? id}>
                {labelOf.get(id) ?? id}
                <Button
                  slot="remove"
                  className="tag__remove"
                  aria-label={`Remove ${labelOf.get(id) ?? id}`}
                >
                  ×
                </Button>
              </Tag>
            ))}
          </TagList>
        </TagGroup>
      ) : null}
    </div>
  )
}, sameData)
