import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SelectField, type SelectSection } from './select-field'

const regions: readonly SelectSection[] = [
  { title: 'Whole world', options: [{ id: 'world', label: 'World' }] },
  {
    title: 'Blocs',
    options: [
      { id: 'eu27', label: 'EU-27' },
      { id: 'g7', label: 'G7' },
    ],
  },
]

describe('SelectField', () => {
  it('is a combobox named by its label, showing the chosen option, reporting the chosen id', async () => {
    const onChange = vi.fn()
    render(
      <SelectField label="Region or bloc" value="eu27" sections={regions} onChange={onChange} />,
    )
    const select = screen.getByRole('combobox', { name: 'Region or bloc' })
    expect(within(select).getByRole('option', { name: 'EU-27' })).toHaveProperty('selected', true)
    await userEvent.selectOptions(select, 'G7')
    expect(onChange).toHaveBeenCalledWith('g7')
  })

  it('shows several sections as titled groups, one section as a plain list', () => {
    const { rerender } = render(
      <SelectField label="Region or bloc" value="world" sections={regions} onChange={() => {}} />,
    )
    expect(screen.getAllByRole('group').map((g) => g.getAttribute('label'))).toEqual([
      'Whole world',
      'Blocs',
    ])
    rerender(
      <SelectField
        label="Region or bloc"
        value="eu27"
        sections={regions.slice(1)}
        onChange={() => {}}
      />,
    )
    expect(screen.queryAllByRole('group')).toHaveLength(0)
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['EU-27', 'G7'])
  })

  it('shows a value outside its options as "—", never as the first option', () => {
    render(
      <SelectField label="Edition" value="aiindex-2030" sections={regions} onChange={() => {}} />,
    )
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Edition' })
    expect(select.value).toBe('aiindex-2030')
    expect(select.selectedOptions[0]).toHaveTextContent('—')
    expect(within(select).getByRole('option', { name: 'World' })).toHaveProperty('selected', false)
  })
})
