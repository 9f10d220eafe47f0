/**
 * Licences (and citations) of the sources a figure draws from, as /meta serves them: an export
 * names the licence of each source it uses, never one guessed from keywords.
 */
export interface SourceInfo {
  readonly citation: string
  readonly licence: string
  readonly url: string | null
}

/** The distinct licences of the sources, in first-seen order; a fallback when none is known. */
export function licencesOf(
  ids: Iterable<string | null>,
  source: (id: string) => SourceInfo | undefined,
): string {
  const found: string[] = []
  for (const id of ids) {
    const licence = id === null ? undefined : source(id)?.licence
    if (licence && !found.includes(licence)) found.push(licence)
  }
  return found.length > 0 ? found.join('; ') : 'See the source’s terms'
}

/** The distinct sources of some ids, as /meta serves them, in first-seen order (unknown ids left out). */
export function sourcesOf(
  ids: Iterable<string | null>,
  source: (id: string) => SourceInfo | undefined,
): SourceInfo[] {
  const seen = new Set<string>()
  const found: SourceInfo[] = []
  for (const id of ids) {
    if (id === null || seen.has(id)) continue
    seen.add(id)
    const info = source(id)
    if (info) found.push({ citation: info.citation, licence: info.licence, url: info.url })
  }
  return found
}

/** Sources as one line of citations (exports, slides): "AI Index 2026 …; World Bank WDI …". */
export function citationLine(sources: readonly SourceInfo[]): string {
  return [...new Set(sources.map((s) => s.citation))].join('; ')
}
