import { chartTable, leaders } from './summary'

describe('summary words', () => {
  const items = [
    { name: 'United States', value: '$67.2bn' },
    { name: 'China', value: '$7.76bn' },
    { name: 'United Kingdom', value: '$3.78bn' },
    { name: 'Germany', value: '$1.91bn' },
  ]

  it('reads the leading values with their units, and says when more follow', () => {
    expect(leaders(items)).toBe('United States $67.2bn, China $7.76bn, United Kingdom $3.78bn …')
    expect(leaders(items.slice(0, 2))).toBe('United States $67.2bn, China $7.76bn')
    expect(leaders(items, 1)).toBe('United States $67.2bn …')
  })

  it('points to the table', () => {
    expect(chartTable(54, 'countries')).toBe('“Show table” lists all 54 countries.')
    expect(chartTable(1, 'country')).toBe('“Show table” lists the one country.')
  })
})
