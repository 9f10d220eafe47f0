/**
 * Aggregates as the sources report them (rows with a name and no iso3): World, the AI Index's
 * "Europe", survey regions, developer-location categories … Each is an entity of its own with
 * the source's definition in its note. The same label can mean different things in different
 * figures ("North America" is a World Bank-style region in fig 1.6.7, an Epoch AI region beside
 * a separate United States in fig 8.3.4, and a survey region in fig 4.3.2), so a figure with its
 * own scheme resolves labels only through that scheme. These entities are never members of the
 * app's computed groups, so a bloc figure never adds an aggregate to its countries.
 */
import type { FixtureEntity } from '../../mocks/data/types'

function aggregate(id: string, name: string, note: string): FixtureEntity {
  return {
    id,
    name,
    kind: 'reported-aggregate',
    iso2: null,
    m49: null,
    region: '',
    subRegion: '',
    note,
  }
}

const WORLD_BANK_STYLE =
  'World Bank-style region as AI Index 2026 fig 1.6.7 labels it (shares of AI publications in CS); the figure does not list the member countries, and this scheme has no separate China.'
const EPOCH_REGION =
  "Region as AI Index 2026 figs 8.3.1 and 8.3.4 label it (Epoch AI data); those figures show China (and, in fig 8.3.4, the United States) separately from 'East Asia and Pacific' and 'North America' and do not say whether the regions include them."
const MCKINSEY_REGION =
  "Region of respondents in McKinsey & Company's survey of organisations, as AI Index 2026 fig 4.3.2 charts it; the membership is the label's, not a country group of this app."
const DEVELOPER_LOCATION =
  'Developer-location category of Longpre et al. (2025) for downloads of the top Hugging Face models, AI Index 2026 fig 1.5.7; not a geography.'

/** Every reported aggregate, in the order /meta lists them. */
export const REPORTED_AGGREGATE_ENTITIES: readonly FixtureEntity[] = [
  aggregate(
    'WLD',
    'World',
    'World total as each source reports it (AI Index, OWID, World Bank); coverage differs between sources.',
  ),
  aggregate(
    'EUROPE',
    'Europe (AI Index aggregate)',
    "'Europe' as the AI Index reports it; not EU-27, membership not published.",
  ),
  aggregate(
    'EU',
    'European Union (as reported)',
    "'European Union' as quoted from the AI Index 2024 highlights; the source does not publish the member set it used, so it is not the computed eu27 group.",
  ),
  aggregate(
    'ROW',
    'Rest of the world (as reported)',
    "'Rest of the world' as the AI Index 2026 reports it beside the United States, China, Europe and India (patents, publications, GitHub projects): everything outside those four.",
  ),
  aggregate(
    'UNKNOWN',
    'Unknown (not attributed)',
    "'Unknown' as the AI Index 2026 publication figures (figs 1.6.6, 1.6.7) report it: publications the source could not attribute to a geography. Its share changes between years (it rises sharply in 2024), so a named area's share change is not like-for-like.",
  ),
  aggregate('WB-EAP', 'East Asia and Pacific (World Bank-style region)', WORLD_BANK_STYLE),
  aggregate('WB-ECA', 'Europe and Central Asia (World Bank-style region)', WORLD_BANK_STYLE),
  aggregate(
    'WB-LAC',
    'Latin America and the Caribbean (World Bank-style region)',
    WORLD_BANK_STYLE,
  ),
  aggregate('WB-MENA', 'Middle East and North Africa (World Bank-style region)', WORLD_BANK_STYLE),
  aggregate('WB-NAC', 'North America (World Bank-style region)', WORLD_BANK_STYLE),
  aggregate('WB-SAS', 'South Asia (World Bank-style region)', WORLD_BANK_STYLE),
  aggregate('WB-SSA', 'Sub-Saharan Africa (World Bank-style region)', WORLD_BANK_STYLE),
  aggregate('EPOCH-EAP', 'East Asia and Pacific (Epoch AI region)', EPOCH_REGION),
  aggregate('EPOCH-ECA', 'Europe and Central Asia (Epoch AI region)', EPOCH_REGION),
  aggregate('EPOCH-LAC', 'Latin America and Caribbean (Epoch AI region)', EPOCH_REGION),
  aggregate('EPOCH-MENA', 'Middle East and North Africa (Epoch AI region)', EPOCH_REGION),
  aggregate('EPOCH-NAC', 'North America (Epoch AI region)', EPOCH_REGION),
  aggregate('EPOCH-SAS', 'South Asia (Epoch AI region)', EPOCH_REGION),
  aggregate('MCK-ALL', 'All geographies (McKinsey survey)', MCKINSEY_REGION),
  aggregate('MCK-APAC', 'Asia-Pacific (McKinsey survey)', MCKINSEY_REGION),
  aggregate(
    'MCK-DEVELOPING',
    'Developing markets: India, Central/South America, MENA (McKinsey survey)',
    MCKINSEY_REGION,
  ),
  aggregate('MCK-EUROPE', 'Europe (McKinsey survey)', MCKINSEY_REGION),
  aggregate(
    'MCK-GREATER-CHINA',
    'Greater China: incl. Hong Kong, Taiwan, Macau (McKinsey survey)',
    MCKINSEY_REGION,
  ),
  aggregate('MCK-NAC', 'North America (McKinsey survey)', MCKINSEY_REGION),
  aggregate(
    'KPMG-GLOBAL',
    'Global (KPMG survey)',
    "'Global' as the University of Melbourne and KPMG survey reports it in AI Index 2026 fig 9.1.10: the figure for all the survey's countries together (47 are charted; how they are weighted is not stated), not a world total.",
  ),
  aggregate('HF-INTERNATIONAL', 'International/Online (developer location)', DEVELOPER_LOCATION),
  aggregate('HF-OTHERS', 'Others (developer location)', DEVELOPER_LOCATION),
  aggregate('HF-UNAFFILIATED', 'Unaffiliated user (developer location)', DEVELOPER_LOCATION),
  aggregate(
    'G20',
    'G20 countries (as reported)',
    "Total across the G20 countries as AI Index 2026 fig 8.4.1 charts it (AI Index, Digital Policy Alert); not computed here from the countries' own figures.",
  ),
]

type Scheme = Readonly<Record<string, string>>

/** The AI Index's own areas, and World: what a label means in any figure without a scheme. */
const DEFAULT_SCHEME: Scheme = {
  World: 'WLD',
  Europe: 'EUROPE',
  'European Union': 'EU',
  'Rest of the world': 'ROW',
  Unknown: 'UNKNOWN',
}

const EPOCH_SCHEME: Scheme = {
  'East Asia and Pacific': 'EPOCH-EAP',
  'Europe and Central Asia': 'EPOCH-ECA',
  'Latin America and Caribbean': 'EPOCH-LAC',
  'Middle East and North Africa': 'EPOCH-MENA',
  'North America': 'EPOCH-NAC',
  'South Asia': 'EPOCH-SAS',
}

/** Figures (by CSV edition label) whose aggregate labels follow their own scheme. */
const SCHEMES: Readonly<Record<string, Scheme>> = {
  'AI Index 2026 (fig 1.6.7)': {
    'East Asia and Pacific': 'WB-EAP',
    'Europe and Central Asia': 'WB-ECA',
    'Latin America and the Caribbean': 'WB-LAC',
    'Middle East and North Africa': 'WB-MENA',
    'North America': 'WB-NAC',
    'South Asia': 'WB-SAS',
    'Sub-Saharan Africa': 'WB-SSA',
    Unknown: 'UNKNOWN',
  },
  'AI Index 2026 (fig 8.3.1)': EPOCH_SCHEME,
  'AI Index 2026 (fig 8.3.4)': EPOCH_SCHEME,
  'AI Index 2026 (fig 4.3.2)': {
    'All geographies': 'MCK-ALL',
    'Asia-Pacific': 'MCK-APAC',
    'Developing markets (incl. India, Central/South America, MENA)': 'MCK-DEVELOPING',
    Europe: 'MCK-EUROPE',
    'Greater China (incl. Hong Kong, Taiwan, Macau)': 'MCK-GREATER-CHINA',
    'North America': 'MCK-NAC',
  },
  'AI Index 2026 (fig 9.1.10)': { Global: 'KPMG-GLOBAL' },
  'AI Index 2026 (fig 1.5.7)': {
    'International/Online': 'HF-INTERNATIONAL',
    Others: 'HF-OTHERS',
    'Unaffiliated user': 'HF-UNAFFILIATED',
  },
  'AI Index 2026 (fig 8.4.1)': { 'G20 countries': 'G20' },
}

/** The entity id of an aggregate label in the figure `editionLabel`; undefined if unmapped. */
export function aggregateId(editionLabel: string, name: string): string | undefined {
  return (SCHEMES[editionLabel] ?? DEFAULT_SCHEME)[name]
}

/** Every id the schemes use, for the build's check that each names a listed entity. */
export function aggregateIds(): string[] {
  return [DEFAULT_SCHEME, ...Object.values(SCHEMES)].flatMap((scheme) => Object.values(scheme))
}
