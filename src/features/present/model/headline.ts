/**
 * Live headlines: a slide's headline (and key figure) may embed values computed from the
 * scene's own figure, through a small typed template — never free-form code — so a deck's
 * numbers follow the data and cannot go stale.
 *
 *   {value USA}            the figure's first numeric column, row USA, as the table formats it
 *   {value USA 2023}       the same, column 2023 (a year of a trend, "rank" of a ranking …)
 *   {ratio USA CHN}        USA ÷ CHN in that column, to 1 decimal ("8.7")
 *   {share EU27 USA}       EU27 as a percentage of USA, to 1 decimal ("10.3%")
 *   {year}                 the view's year, or "the latest year"
 *   {count}                the rows of the figure's table
 *   {status ID}            the status of the quoted claim ID ("approximately consistent")
 *
 * Anything else in braces is a mistake the author is told about; the slide shows "?" there.
 * Notes use the same templates.
 */
import type { FigureCell, FigureState, FigureTable } from '../../../components/figure/figure-types'

export type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly row: string; readonly column: string | null }
  | {
      readonly kind: 'ratio' | 'share'
      readonly a: string
      readonly b: string
      readonly column: string | null
    }
  | { readonly kind: 'year' }
  | { readonly kind: 'count' }
  | { readonly kind: 'status'; readonly claim: string }
  | { readonly kind: 'error'; readonly source: string; readonly message: string }

const ID = /^[A-Za-z0-9._-]{1,60}$/

function token(body: string): Token {
  const source = `{${body}}`
  const [name, ...args] = body.trim().split(/\s+/)
  const ids = args.every((a) => ID.test(a))
  const bad = (message: string): Token => ({ kind: 'error', source, message })
  if (!ids) return bad('ids are letters, digits, ".", "_" or "-"')
  switch (name) {
    case 'value':
      return args.length === 1 || args.length === 2
        ? { kind: 'value', row: args[0] ?? '', column: args[1] ?? null }
        : bad('{value ROW} or {value ROW COLUMN}')
    case 'ratio':
    case 'share':
      return args.length === 2 || args.length === 3
        ? { kind: name, a: args[0] ?? '', b: args[1] ?? '', column: args[2] ?? null }
        : bad(`{${name} A B} or {${name} A B COLUMN}`)
    case 'year':
      return args.length === 0 ? { kind: 'year' } : bad('{year} takes nothing')
    case 'count':
      return args.length === 0 ? { kind: 'count' } : bad('{count} takes nothing')
    case 'status':
      return args.length === 1 ? { kind: 'status', claim: args[0] ?? '' } : bad('{status CLAIM}')
    default:
      return bad(`unknown "${name ?? ''}": use value, ratio, share, year, count or status`)
  }
}

/** Splits a template into text and tokens. Never throws. */
export function parseTemplate(template: string): Token[] {
  const tokens: Token[] = []
  const re = /\{([^{}]*)\}/g
  let last = 0
  for (const m of template.matchAll(re)) {
    if (m.index > last) tokens.push({ kind: 'text', text: template.slice(last, m.index) })
    tokens.push(token(m[1] ?? ''))
    last = m.index + m[0].length
  }
  if (last < template.length) tokens.push({ kind: 'text', text: template.slice(last) })
  return tokens
}

export interface Rendered {
  readonly text: string
  /** What could not be filled in, in words (an unknown row, a gap, a typo). */
  readonly problems: readonly string[]
}

function columnIndex(table: FigureTable, column: string | null): number {
  if (column === null) return table.columns.findIndex((c) => c.numeric)
  return table.columns.findIndex((c) => c.id === column)
}

function cell(table: FigureTable, row: string, column: string | null) {
  const c = columnIndex(table, column)
  const r = table.rows.find((x) => x.id === row)
  return {
    column: table.columns[c],
    value: r && c >= 0 ? (r.cells[c] ?? null) : null,
    found: !!r && c >= 0,
  }
}

const oneDecimal = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
})
const asNumber = (v: FigureCell) => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/**
 * Fills a template from a figure's state and the view's year. A value the figure does not
 * have reads "no data" (a gap is said, never invented) and is listed in `problems`.
 */
export interface TemplateContext {
  /** The view's Year filter (null: the latest with data). */
  readonly year: number | null
  /** Status labels of the quoted claims, by claim id (undefined while they load). */
  readonly claimStatus?: (claimId: string) => string | undefined
}

export function renderTemplate(
  template: string,
  state: FigureState<unknown> | null,
  { year, claimStatus }: TemplateContext,
): Rendered {
  const problems: string[] = []
  const table = state?.kind === 'ready' ? state.table : null
  const parts = parseTemplate(template).map((t) => {
    switch (t.kind) {
      case 'text':
        return t.text
      case 'error':
        problems.push(`${t.source}: ${t.message}`)
        return '?'
      case 'year':
        return year === null ? 'the latest year' : String(year)
      case 'count':
        return table ? String(table.rows.length) : '?'
      case 'status': {
        if (!claimStatus) return '…'
        const status = claimStatus(t.claim)
        if (status === undefined) problems.push(`no quoted claim "${t.claim}"`)
        return status ?? '?'
      }
      case 'value': {
        if (!table) return '…'
        const { column, value, found } = cell(table, t.row, t.column)
        if (!found)
          problems.push(
            `no row "${t.row}"${t.column ? ` or column "${t.column}"` : ''} in this figure`,
          )
        if (value === null) return 'no data'
        return column?.format ? column.format(value) : String(value)
      }
      case 'ratio':
      case 'share': {
        if (!table) return '…'
        const a = asNumber(cell(table, t.a, t.column).value)
        const b = asNumber(cell(table, t.b, t.column).value)
        if (a === null || b === null || b === 0) {
          problems.push(`{${t.kind} ${t.a} ${t.b}}: ${a === null ? t.a : t.b} has no figure here`)
          return 'no data'
        }
        return t.kind === 'ratio'
          ? oneDecimal.format(a / b)
          : `${oneDecimal.format((a / b) * 100)}%`
      }
    }
  })
  return { text: parts.join(''), problems }
}
