/**
 * The sources list of /meta: one entry per distinct (edition label, source reference) of the
 * CSVs, with a human citation, the first URL and the licence that applies. Licences follow the
 * source type and publisher (data/sources/LICENCES.md); a source no rule covers throws.
 */
import type { FixtureSource } from '../../mocks/data/types'
import { assertUnique, cell, compare, type Row } from './csv'

export const LICENCE_AI_INDEX = 'CC BY-ND 4.0 (AI Index public data)'
export const LICENCE_OWID = 'CC BY 4.0 (Our World in Data)'
export const LICENCE_QUOTED = 'Quoted figure; © the publisher'
export const LICENCE_WDI = 'CC BY 4.0'
/** data/sources/LICENCES.md: the copy's project licence (MIT) is not a data licence. */
export const LICENCE_GVT_2022_COPY =
  'No data licence found (third-party copy of unidentified origin; the copying project’s MIT licence is not a data licence)'

/** "AI Index 2026 (fig 4.2.11)" → "aiindex-2026-fig-4-2-11". */
export function slugify(label: string): string {
  return label
    .replace(/AI Index/g, 'aiindex')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

function urlsIn(reference: string): string[] {
  return (reference.match(/https?:\/\/[^\s()'"]+/g) ?? []).map((url) => url.replace(/[.,;]+$/, ''))
}

/**
 * A browsable URL for a reference that names a file in a GitHub repository at a commit
 * ("github:owner/repo@commit:path"), for sources whose reference has no http(s) URL.
 */
function githubUrl(reference: string): string | null {
  const match = /^github:([\w.-]+)\/([\w.-]+)@([0-9a-f]{40}):([^\s()]+)$/.exec(reference.trim())
  if (match === null) return null
  const [, owner, repo, commit, path] = match
  if (owner === undefined || repo === undefined || commit === undefined || path === undefined) {
    return null
  }
  return `https://github.com/${owner}/${repo}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`
}

function hostsIn(reference: string): string[] {
  const hosts = urlsIn(reference).map((url) =>
    new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, ''),
  )
  return [...new Set(hosts)]
}

/** A short human description of where a reference points, for the citation. */
function describeReference(reference: string, sourceType: string): string {
  const repo = /github:([\w.-]+\/[\w.-]+)@/.exec(reference)?.[1]
  const hosts = hostsIn(reference).join(', ')
  if (repo !== undefined && sourceType === 'secondary_copy_of_primary_data') {
    return `public-data copy on GitHub (${repo})`
  }
  if (repo !== undefined && sourceType === 'secondary_processed') {
    return `third-party extract on GitHub (${repo})`
  }
  if (repo !== undefined && sourceType === 'secondary_copy_of_OWID') {
    return `OWID grapher copy on GitHub (${repo})`
  }
  if (hosts === '') throw new Error(`cannot describe source ${JSON.stringify(reference)}`)
  return sourceType === 'primary' ? hosts : `as reported by ${hosts}`
}

function licenceFor(label: string, sourceType: string): string {
  switch (sourceType) {
    case 'secondary_copy_of_OWID':
      return LICENCE_OWID
    case 'secondary_copy_of_primary_data':
    case 'secondary_processed':
    case 'primary':
      if (label.startsWith('AI Index')) return LICENCE_AI_INDEX
      // SOURCES.md S13: the GVT 2022 XLSX copy has no data licence of its own.
      if (label.startsWith('GVT 2022 release')) return LICENCE_GVT_2022_COPY
      throw new Error(`no licence rule for ${sourceType} source ${JSON.stringify(label)}`)
    case 'secondary_report':
    case 'secondary_report_quoting_primary':
    case 'primary_text_via_copy':
    case 'context_article_claim':
      return LICENCE_QUOTED
    default:
      throw new Error(`no licence rule for source_type ${JSON.stringify(sourceType)}`)
  }
}

/** Assigns one id per distinct (label, source string), suffixing -2, -3 … in reading order. */
export class SourceRegistry {
  private readonly byKey = new Map<string, FixtureSource>()
  private readonly perBase = new Map<string, number>()

  /**
   * `label` is the CSV edition label; `idBase` defaults to its slug, `citation` to the label
   * and a description of where the reference points.
   */
  register(
    label: string,
    reference: string,
    sourceType: string,
    idBase = slugify(label),
    citation = `${label} — ${describeReference(reference, sourceType)}`,
  ): string {
    const key = `${idBase}\u0000${reference}`
    const known = this.byKey.get(key)
    if (known !== undefined) {
      if (known.sourceType !== sourceType) {
        throw new Error(`source ${known.id}: source_type ${sourceType} vs ${known.sourceType}`)
      }
      return known.id
    }
    const n = (this.perBase.get(idBase) ?? 0) + 1
    this.perBase.set(idBase, n)
    const id = n === 1 ? idBase : `${idBase}-${n}`
    this.byKey.set(key, {
      id,
      citation,
      reference,
      url: urlsIn(reference)[0] ?? githubUrl(reference),
      licence: licenceFor(label, sourceType),
      sourceType,
    })
    return id
  }

  add(source: FixtureSource): string {
    this.byKey.set(`${source.id}\u0000${source.reference}`, source)
    return source.id
  }

  list(): FixtureSource[] {
    const sources = [...this.byKey.values()].sort((a, b) => compare(a.id, b.id))
    assertUnique(
      sources.map((s) => s.id),
      'source id',
    )
    return sources
  }
}

export function rowSource(sources: SourceRegistry, row: Row, label: string): string {
  return sources.register(label, cell(row, 'source'), cell(row, 'source_type'))
}
