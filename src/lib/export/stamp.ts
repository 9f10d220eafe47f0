/**
 * The context every export carries: which filters, weights and edition produced the figure, and
 * how to get back to it. Pure: names come in through a lookup function.
 */
import type { ViewState } from '../../domain/view'

/** Display names of entity/group/edition ids. */
export type NameOf = (id: string) => string

const NORM_LABELS: Record<ViewState['norm'], string> = {
  absolute: 'absolute values',
  'per-capita': 'per capita',
  'share-of-gdp': 'share of GDP',
  'share-of-world': 'share of world',
}

/** The active filters of a view in words, e.g. "Region: EU-27 · Year: 2023 · Prices: real". */
export function describeFilters(view: ViewState, nameOf: NameOf): string {
  const parts = [`Region: ${view.region === 'world' ? 'World' : nameOf(view.region)}`]
  if (view.countries.length > 0)
    parts.push(`Countries: ${view.countries.map((c) => nameOf(c)).join(', ')}`)
  parts.push(`Year: ${view.year ?? 'latest with data'}`)
  if (view.years) parts.push(`Years: ${view.years[0]}–${view.years[1]}`)
  if (view.norm !== 'absolute') parts.push(`Normalisation: ${NORM_LABELS[view.norm]}`)
  if (view.price !== 'nominal') parts.push('Prices: constant 2021 US$')
  if (view.cumulative) parts.push('Cumulative')
  if (view.log) parts.push('Log scale')
  if (view.base !== null) parts.push(`Index: ${view.base} = 100`)
  if (view.selected) parts.push(`Highlighted: ${nameOf(view.selected)}`)
  if (view.compare) parts.push(`Compared with: ${nameOf(view.compare)}`)
  if (view.bloc) parts.push(`Custom bloc “${view.bloc.name}”: ${view.bloc.members.join(', ')}`)
  if (view.fx !== null) parts.push(`EUR→USD ${view.fx}`)
  return parts.join(' · ')
}

/** The index weights in words, or null when the defaults apply. */
export function describeWeights(view: ViewState): string | null {
  const keys = Object.keys(view.weights).sort()
  if (keys.length === 0) return null
  return `Index weights (computed here): ${keys.map((k) => `${k} ${view.weights[k]}`).join(', ')}`
}

export interface StampInput {
  readonly title: string
  readonly unit: string
  readonly source: string
  readonly caveats: readonly string[]
  readonly filters: string
  readonly weights: string | null
  readonly edition: string
  readonly link: string
}

/** Lines above and below an exported image. */
export interface Stamp {
  readonly header: readonly string[]
  readonly footer: readonly string[]
}

/** The header (title, unit) and footer (filters, weights, edition, source, caveats, link). */
export function stampLines(input: StampInput): Stamp {
  return {
    header: [input.title, input.unit],
    footer: [
      input.filters,
      ...(input.weights ? [input.weights] : []),
      `Edition: ${input.edition}`,
      `Source: ${input.source}`,
      ...input.caveats,
      input.link,
    ],
  }
}

/** Splits a line into pieces of at most `max` characters at spaces (for SVG text, which does not wrap). */
export function wrapLine(line: string, max: number): string[] {
  const words = line.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    if (current === '') current = word
    else if (current.length + 1 + word.length <= max) current = `${current} ${word}`
    else {
      lines.push(current)
      current = word
    }
  }
  if (current !== '' || lines.length === 0) lines.push(current)
  // A single word longer than max (a long link) is cut into max-sized pieces.
  return lines.flatMap((l) =>
    l.length <= max ? [l] : (l.match(new RegExp(`.{1,${max}}`, 'g')) ?? [l]),
  )
}
