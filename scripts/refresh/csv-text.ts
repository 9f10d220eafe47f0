/**
 * Writing a CSV the build's reader (csv-parse, RFC 4180) reads back cell for cell: a cell with
 * a comma, a quote or a line break is quoted ("Korea, Rep."), quotes doubled.
 */

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

/** Header and rows as CSV text, one line each, ending with a newline. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\n') + '\n'
}
