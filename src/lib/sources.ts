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
