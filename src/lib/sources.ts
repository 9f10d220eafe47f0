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

/**
 * The distinct sources of some ids, as /meta serves them, in first-seen order (unknown ids left
 * out): for lists that link each source. A line of citations is `citationsOf`.
 */
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

/**
 * A citation as readers read it: the repository notation of SOURCES.md ("github:owner/repo",
 * with or without "@commit:path") becomes "GitHub repository owner/repo". Nothing else changes.
 * The data build already writes copies in words; this keeps a service that does not from
 * putting the raw notation in front of a reader.
 */
export function readableCitation(citation: string): string {
  return citation.replace(
    /\bgithub:([\w.-]+\/[\w.-]+)(?:@[0-9a-f]+)?(?::\S+)?/gi,
    'GitHub repository $1',
  )
}

/**
 * The distinct citations of the sources, in first-seen order; citations that end alike after a
 * dash ("AI Index 2026 (fig 4.4.1) — copy in …", "AI Index 2026 (fig 4.4.2) — copy in …") are
 * written once: "AI Index 2026 (fig 4.4.1); AI Index 2026 (fig 4.4.2) — copy in …", and one
 * citation reported by several outlets names them once. Null when no source is known.
 */
export function citationsOf(
  ids: Iterable<string | null>,
  source: (id: string) => SourceInfo | undefined,
): string | null {
  // One citation per head: "X — as reported by a, b" and "X — as reported by b, c" read
  // "X — as reported by a, b, c".
  const parts: { head: string; tail: string }[] = []
  for (const id of new Set(ids)) {
    const citation = id === null ? undefined : source(id)?.citation
    if (!citation) continue
    const text = readableCitation(citation)
    const at = text.indexOf(' — ')
    const [head, tail] = at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at)]
    parts.push({ head, tail })
  }
  const merged: { head: string; tail: string }[] = []
  const reported = / — as reported by (.+)$/
  const lists = new Map<string, string[]>()
  for (const { head, tail } of parts) {
    const m = reported.exec(tail)
    if (!m?.[1]) {
      merged.push({ head, tail })
      continue
    }
    const list = lists.get(head)
    const items = m[1].split(', ')
    if (list) {
      for (const item of items) if (!list.includes(item)) list.push(item)
    } else {
      lists.set(head, items)
      merged.push({ head, tail: '' })
    }
  }
  const groups = new Map<string, string[]>()
  for (const part of merged) {
    const { head } = part
    const list = lists.get(head)
    const tail = part.tail === '' && list ? ` — as reported by ${list.join(', ')}` : part.tail
    const heads = groups.get(tail) ?? []
    if (!heads.includes(head)) heads.push(head)
    groups.set(tail, heads)
  }
  if (groups.size === 0) return null
  return [...groups].map(([tail, heads]) => `${heads.join('; ')}${tail}`).join('; ')
}

/**
 * A figure's source line: who published the figures (the citations /meta serves), the edition
 * they belong to and the licence(s): "AI Index 2026 (fig 1.6.6) — … Edition: AI Index 2026.
 * Licence: CC BY-ND 4.0 (AI Index public data)." `fallback` names the publisher when /meta lists
 * none of the sources.
 */
export function sourceLine(
  ids: readonly (string | null)[],
  source: (id: string) => SourceInfo | undefined,
  edition: string,
  fallback: string,
): string {
  const citations = citationsOf(ids, source) ?? fallback
  return `${citations}. Edition: ${edition}. Licence: ${licencesOf(ids, source)}.`
}
