import { byName, byValue, compareNames } from './table-order'

const rows = [
  { id: 'CHE', name: 'Switzerland', value: 2 },
  { id: 'CAN', name: 'Canada', value: 2 },
  { id: 'SWE', name: 'Sweden', value: null },
  { id: 'TUR', name: 'Türkiye', value: 9 },
  { id: 'ARE', name: 'United Arab Emirates', value: null },
]
const name = (r: (typeof rows)[number]) => r.name

describe('table orders', () => {
  it('by name, never by code', () => {
    expect(byName(rows, name).map((r) => r.name)).toEqual([
      'Canada',
      'Sweden',
      'Switzerland',
      'Türkiye',
      'United Arab Emirates',
    ])
  })

  it('by value, largest first, ties by name, no data last by name', () => {
    expect(byValue(rows, (r) => r.value, name).map((r) => r.id)).toEqual([
      'TUR',
      'CAN',
      'CHE',
      'SWE',
      'ARE',
    ])
  })

  it('compares accents and case as a reader does', () => {
    expect(compareNames('Türkiye', 'Turkmenistan')).toBeLessThan(0)
    expect(compareNames('côte', 'Cote')).toBe(0)
  })
})
