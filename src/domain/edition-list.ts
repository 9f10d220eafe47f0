/**
 * Every data edition the app knows, in one list. Adding an edition is adding one entry here:
 * the contract's edition enum, the URL codec, the Edition pickers, the service's default order
 * and the nearest-edition rule all derive from it (./editions.ts). Labels here are fallbacks:
 * the labels shown come from /meta where it is served. The vintages `npm run data:refresh`
 * fetched from the publishers are entries too, generated from their manifests into
 * ./refreshed-editions.ts and spread in at the end.
 */
import { REFRESHED_EDITIONS } from './refreshed-editions'

/** What kind of publication an edition is; decides where it may be picked. */
export type EditionKind =
  /** A Stanford HAI AI Index report (public-data CSVs and quoted figures): the Edition picker. */
  | 'ai-index'
  /** Values printed on an AI Index report's charts where they differ from its CSVs. */
  | 'ai-index-charts'
  /** A release of the Global AI Vibrancy Tool (published ranks and scores). */
  | 'vibrancy'
  /** Our World in Data's copy of a series (constant prices). */
  | 'owid'
  /** Reference series (population, GDP). */
  | 'reference'

export interface EditionEntry {
  readonly id: string
  readonly kind: EditionKind
  /** Publication year: orders editions and decides the nearest edition. */
  readonly year: number
  readonly label: string
  /** Vibrancy releases: the data years their rankings describe (one ranking per data year). */
  readonly dataYears?: readonly number[]
  /**
   * ISO date of the publisher's update, for refreshed vintages: orders two editions of one
   * year (the World Bank updates WDI several times a year).
   */
  readonly published?: string
}

export const EDITION_LIST = [
  { id: 'aiindex-2024', kind: 'ai-index', year: 2024, label: 'AI Index 2024' },
  { id: 'aiindex-2025', kind: 'ai-index', year: 2025, label: 'AI Index 2025' },
  { id: 'aiindex-2026', kind: 'ai-index', year: 2026, label: 'AI Index 2026' },
  {
    id: 'aiindex-2026-charts',
    kind: 'ai-index-charts',
    year: 2026,
    label: 'AI Index 2026 (chart labels)',
  },
  {
    id: 'gvt-2022',
    kind: 'vibrancy',
    year: 2022,
    label: 'Global AI Vibrancy Tool 2022 release (third-party copy)',
    dataYears: [2017, 2018, 2019, 2020, 2021],
  },
  {
    id: 'gvt-2024',
    kind: 'vibrancy',
    year: 2024,
    label: 'Global AI Vibrancy Tool 2024',
    dataYears: [2023],
  },
  {
    id: 'gvt-2025',
    kind: 'vibrancy',
    year: 2025,
    label: 'Global AI Vibrancy Tool 2025',
    dataYears: [2024],
  },
  {
    id: 'owid-2025',
    kind: 'owid',
    year: 2025,
    label: 'Our World in Data, constant 2021 US$ (AI Index 2025 vintage)',
  },
  { id: 'wdi', kind: 'reference', year: 0, label: 'World Bank WDI (population, GDP)' },
  ...REFRESHED_EDITIONS,
] as const satisfies readonly EditionEntry[]
