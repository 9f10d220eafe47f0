/**
 * A vintage fetched by `npm run data:refresh` lives in data/sources/refresh/<edition id>/: the
 * files as written from the publisher's answer and this manifest, which says where each came
 * from (URL, the publisher's update date), when it was retrieved, under which licence, and
 * which edition it is. The refresh writes it; `npm run data` reads it. A vintage is never
 * rewritten: a newer one is a new folder, so old editions stay as they were served.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { z } from '../../src/api/zod'

/** Where the vintages live, inside the raw data folder. */
export const REFRESH_DIR = 'refresh'
export const MANIFEST_FILE = 'manifest.json'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

const WorldBankFileSchema = z.object({
  file: z.string().regex(/^[\w-]+\.csv$/),
  indicatorId: z.enum(['population', 'gdp']),
  /** WDI series code, e.g. SP.POP.TOTL. */
  series: z.string(),
  /** The CSV's value column. */
  column: z.string(),
  /** The request without its page parameter; page n is `${url}&page=n`. */
  url: z.url(),
  pages: z.number().int().positive(),
  /** Records the API answered, and how many were kept (countries of countries.csv, and WLD). */
  records: z.number().int().nonnegative(),
  kept: z.number().int().nonnegative(),
  /** Codes of the aggregates dropped (EUU, HIC …), so the reader sees what was left out. */
  dropped: z.array(z.string()),
  /** The World Bank's `lastupdated` and `sourceid` (2 = WDI) from the answer's header. */
  lastUpdated: isoDate,
  wbSource: z.string(),
})

const OwidFileSchema = z.object({
  /** The grapher CSV, byte for byte as answered. */
  file: z.string().regex(/^[\w-]+\.csv$/),
  /** The chart's metadata JSON, byte for byte as answered. */
  metadataFile: z.string().regex(/^[\w-]+\.metadata\.json$/),
  slug: z.string(),
  url: z.url(),
  metadataUrl: z.url(),
  /** The value column read, and whether by its short name or (header changed) by position. */
  valueColumn: z.string(),
  valueColumnBy: z.enum(['short-name', 'position']),
  unit: z.string(),
  lastUpdated: isoDate,
})

const EditionSchema = z.object({
  /** `<prefix>-<update month>`, or `<prefix>-<update day>` for a second update in a month. */
  id: z.string().regex(/^[a-z]+-\d{4}-\d{2}(-\d{2})?$/),
  kind: z.enum(['reference', 'owid']),
  year: z.number().int(),
  label: z.string(),
  /** The publisher's update date: the vintage. */
  published: isoDate,
})

const common = {
  edition: EditionSchema,
  publisher: z.string(),
  licence: z.string(),
  licenceUrl: z.url(),
  /** When the refresh fetched it (ISO date-time, UTC). */
  retrievedAt: z.iso.datetime(),
  /**
   * `recorded`: answered by the test recordings (scripts/refresh/fixtures), never sourced data;
   * the fixture test fails if such a vintage is committed.
   */
  origin: z.enum(['live', 'recorded']),
}

export const ManifestSchema = z.discriminatedUnion('adapter', [
  z.object({ ...common, adapter: z.literal('world-bank'), files: z.array(WorldBankFileSchema) }),
  z.object({ ...common, adapter: z.literal('owid'), files: z.array(OwidFileSchema) }),
])
export type Manifest = z.infer<typeof ManifestSchema>
export type WorldBankFile = z.infer<typeof WorldBankFileSchema>
export type OwidFile = z.infer<typeof OwidFileSchema>

/** One vintage folder: its manifest and where its files are. */
export interface Vintage {
  readonly manifest: Manifest
  /** Absolute path of the folder. */
  readonly dir: string
  /** The folder relative to the raw data folder, for provenance ("refresh/wdi-2025-07"). */
  readonly path: string
}

/**
 * Every vintage under `csvDir`/refresh, in edition-id order. A folder must be named after its
 * edition and hold a valid manifest; anything else throws, as the build does for a bad CSV.
 */
export function readVintages(csvDir: string): Vintage[] {
  const root = join(csvDir, REFRESH_DIR)
  let names: string[]
  try {
    names = readdirSync(root)
  } catch {
    return []
  }
  return names
    .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = join(root, name)
      const where = `${REFRESH_DIR}/${name}/${MANIFEST_FILE}`
      const parsed = ManifestSchema.safeParse(
        JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')),
      )
      if (!parsed.success) throw new Error(`${where}: ${z.prettifyError(parsed.error)}`)
      if (parsed.data.edition.id !== name) {
        throw new Error(`${where}: edition ${parsed.data.edition.id} in folder ${name}`)
      }
      return { manifest: parsed.data, dir, path: `${REFRESH_DIR}/${name}` }
    })
}
