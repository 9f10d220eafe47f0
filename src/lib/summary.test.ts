import { amount, chartTable, leaders } from './summary'

describe('summary words', () => {
  const items = [
    { name: 'United States', value: '$67.2bn' },
    { name: 'China', value: '$7.76bn' },
    { name: 'United Kingdom', value: '$3.78bn' },
    { name: 'Germany', value: '$1.91bn' },
  ]

  it('reads the leading values with their units, and says how many more follow', () => {
    expect(leaders(items)).toBe(
      'United States $67.2bn, China $7.76bn, United Kingdom $3.78bn and 1 more',
    )
    expect(leaders(items.slice(0, 2))).toBe('United States $67.2bn, China $7.76bn')
    expect(leaders(items, 1)).toBe('United States $67.2bn and 3 more')
  })

  it('says a gap is no data, without a unit', () => {
    expect(amount(85674, 'patents')).toBe('85,674 patents')
    expect(amount(0.0003556, 'per 100k')).toBe('< 0.01 per 100k')
    expect(amount(null, 'patents')).toBe('no data')
  })

  it('points to the table', () => {
    expect(chartTable(54, 'countries')).toBe('“Show table” lists all 54 countries.')
    expect(chartTable(2, 'countries')).toBe('“Show table” lists both countries.')
    expect(chartTable(1, 'country')).toBe('“Show table” lists the one country.')
  })
})
