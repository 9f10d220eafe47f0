/** A labelled single-choice select (react-aria-components: keyboard, screen reader, typeahead). */
import { memo } from 'react'
import {
  Button,
  Header,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Select,
  SelectValue,
  type Key,
} from 'react-aria-components'
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

/**
 * Re-renders only when its label, value or options change: every filter change re-renders the
 * control bars, and a react-aria Select is costly to re-render (DESIGN §5 filter budget).
 */
export function SelectField(props: SelectFieldProps) {
  const onChange = useEventCallback(props.onChange)
  return <SelectFieldView {...props} onChange={onChange} />
}

const SelectFieldView = memo(function SelectFieldView({
  label,
  value,
  sections,
  onChange,
  className,
}: SelectFieldProps) {
  const flat = sections.length === 1
  return (
    <Select
      className={`field ${className ?? ''}`}
      value={value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key))
      }}
    >
      <Label className="field__label">{label}</Label>
      <Button className="field__control select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </Button>
      <Popover className="popover" placement="bottom start">
        <ListBox className="listbox">
          {flat
            ? sections[0]?.options.map((o) => (
                <ListBoxItem key={o.id} id={o.id} className="listbox__item" textValue={o.label}>
                  {o.label}
                </ListBoxItem>
              ))
            : sections.map((section) => (
                <ListBoxSection key={section.title} className="listbox__section">
                  <Header className="listbox__header">{section.title}</Header>
                  {section.options.map((o) => (
                    <ListBoxItem key={o.id} id={o.id} className="listbox__item" textValue={o.label}>
                      {o.label}
                    </ListBoxItem>
                  ))}
                </ListBoxSection>
              ))}
        </ListBox>
      </Popover>
    </Select>
  )
}, sameData)
