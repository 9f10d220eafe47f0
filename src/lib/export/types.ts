/** The data behind a chart, as a table of raw values (null = no data). */
export interface ExportTable {
  readonly header: readonly string[]
  readonly rows: readonly (readonly (string | number | null)[])[]
}
