/**
 * The v1 contract: one zod schema per response, the TypeScript types inferred from them.
 * The client parses every response with these at the boundary; the mock handlers are typed
 * by the same types, so a wrong mock body fails `tsc`; the OpenAPI document is generated
 * from them (scripts/build-openapi.ts).
 */
import { CLAIM_AGREEMENTS, CLAIM_CHECK_ROLES, CLAIM_STATUSES, CLAIM_TOPICS } from '../domain/claims'
import { EDITION_IDS } from '../domain/editions'
import { z } from './zod'

// Bounded numbers. zod 4's z.number() already refuses NaN and ±Infinity (and .int() unsafe
// integers); the bounds refuse finite absurdities such as ±1e308, which overflow to ±Infinity
// in the sums, ratios and scales drawn from them.
/** A data year: the sources start after 1900 and the API answers up to 2100. */
export const YearSchema = z.number().int().min(1900).max(2100)
/** A measured value (US$, counts, shares, people): within ±1e15, ten times world GDP in US$. */
export const MagnitudeSchema = z.number().min(-1e15).max(1e15)
/** A published index score, on the 0–100 scale of the Global AI Vibrancy Tool. */
export const ScoreSchema = z.number().min(0).max(100)

/** Edition ids (src/domain/edition-list.ts): sources revise history, so every series belongs to exactly one edition. */
export const EditionIdSchema = z.enum(EDITION_IDS)
export type EditionId = z.infer<typeof EditionIdSchema>

export const IndicatorIdSchema = z.enum([
  'private-investment',
  'private-investment-real',
  'private-investment-cumulative',
  'notable-models',
  'notable-models-cumulative',
  'foundation-models',
  'ai-patents-granted',
  'ai-patents-share',
  'ai-patents-per-100k',
  // AI Index 2026, further figures (publications, companies, talent, compute, models, adoption, policy)
  'ai-publications',
  'ai-share-of-cs-publications',
  'ai-publications-journal',
  'ai-publications-conference',
  'ai-publications-repository',
  'ai-publications-book',
  'ai-publications-dissertation',
  'ai-publications-other',
  'ai-publications-share',
  'ai-publications-share-by-region',
  'top-cited-ai-publications',
  'newly-funded-ai-companies',
  'newly-funded-ai-companies-cumulative',
  'newly-funded-genai-companies',
  'genai-private-investment',
  'top-ai-authors-inventors',
  'top-ai-authors-inventors-per-100k',
  'ai-job-postings-share',
  'ai-hiring-rate-growth',
  'ai-talent-concentration',
  'ai-talent-concentration-change',
  'relative-ai-skill-penetration',
  'net-ai-talent-migration',
  'net-ai-talent-migration-fig-4-4-23',
  'data-centres',
  'public-ai-supercomputers',
  'ai-models-released',
  'notable-models-open-weights-unrestricted',
  'notable-models-open-weights-restricted',
  'notable-models-open-weights-noncommercial',
  'notable-models-api-access',
  'notable-models-hosted-access',
  'notable-models-unreleased',
  'notable-models-access-unknown',
  'hf-downloads-share',
  'github-ai-projects-share',
  'github-ai-stars',
  'ai-diffusion-h1',
  'ai-diffusion-h2',
  'organisations-using-ai',
  'ai-use-at-work',
  'ai-trust-at-work',
  'ai-bills-passed',
  'ai-bills-passed-cumulative',
  // Global AI Vibrancy Tool, AI Index 2022 release (edition gvt-2022): its raw indicators
  'gvt-private-investment',
  'gvt-newly-funded-companies',
  'gvt-journal-publications',
  'gvt-conference-publications',
  'gvt-repository-publications',
  'gvt-journal-citations',
  'gvt-conference-citations',
  'gvt-repository-citations',
  'gvt-patent-filings',
  'gvt-patent-grants',
  'gvt-year-h-index',
  'gvt-relative-ai-skill-penetration',
  'gvt-ai-talent-concentration',
  'population',
  'gdp',
])
export type IndicatorId = z.infer<typeof IndicatorIdSchema>

export const AggregationSchema = z.enum(['sum', 'population-weighted-mean', 'none'])
export type Aggregation = z.infer<typeof AggregationSchema>

export const EditionSchema = z.object({
  id: EditionIdSchema,
  label: z.string(),
  publisher: z.string(),
  published: z.string(),
  kind: z.enum(['ai-index', 'vibrancy', 'owid', 'reference']),
  note: z.string(),
})
export type Edition = z.infer<typeof EditionSchema>

export const SourceSchema = z.object({
  id: z.string(),
  citation: z.string(),
  reference: z.string(),
  url: z.string().nullable(),
  licence: z.string(),
  sourceType: z.string(),
})
export type Source = z.infer<typeof SourceSchema>

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['country', 'reported-aggregate']),
  iso2: z.string().nullable(),
  m49: z.string().nullable(),
  region: z.string(),
  subRegion: z.string(),
  note: z.string().nullable(),
  /** Ids of the computed groups (blocs, regions) the entity belongs to. */
  groups: z.array(z.string()),
})
export type Entity = z.infer<typeof EntitySchema>

export const GroupSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['bloc', 'm49-region', 'm49-subregion']),
  parent: z.string().nullable(),
  members: z.array(z.string()),
  basis: z.string(),
})
export type Group = z.infer<typeof GroupSchema>

export const IndicatorSchema = z.object({
  id: IndicatorIdSchema,
  label: z.string(),
  shortLabel: z.string(),
  unit: z.string(),
  /** The Global AI Vibrancy pillar the measure belongs to (reference: population, GDP). */
  pillar: z.enum([
    'economy',
    'research',
    'infrastructure',
    'policy',
    'public-opinion',
    'reference',
  ]),
  perCapitaAble: z.boolean(),
  aggregation: AggregationSchema,
  description: z.string(),
  /** Editions that hold data for this indicator, newest first. */
  editions: z.array(EditionIdSchema),
  /** First and last data year per edition. */
  coverage: z.array(z.object({ edition: EditionIdSchema, from: YearSchema, to: YearSchema })),
})
export type Indicator = z.infer<typeof IndicatorSchema>

export const CaveatSchema = z.object({
  id: z.string(),
  text: z.string(),
  indicators: z.array(IndicatorIdSchema),
})
export type Caveat = z.infer<typeof CaveatSchema>

/**
 * The rules the service applies, stated once so the app can show them: the bloc coverage rule
 * (src/lib/aggregate.ts) and the claim-status rule (src/domain/claim-status.ts).
 */
export const RulesSchema = z.object({
  blocCoverage: z.object({
    /** Least share of a bloc's population its reporting members must hold (2/3). */
    minPopulationShare: z.number().min(0).max(1),
    text: z.string(),
  }),
  claimStatus: z.object({
    /** "Approximately consistent": within this fraction of the data point (0.05). */
    tolerance: z.number().min(0).max(1),
    text: z.string(),
  }),
})
export type Rules = z.infer<typeof RulesSchema>

/** GET /api/v1/meta */
export const MetaResponseSchema = z.object({
  apiVersion: z.literal('1'),
  editions: z.array(EditionSchema),
  /** The newest AI Index edition: the default of every view. */
  defaultEdition: EditionIdSchema,
  entities: z.array(EntitySchema),
  groups: z.array(GroupSchema),
  indicators: z.array(IndicatorSchema),
  sources: z.array(SourceSchema),
  caveats: z.array(CaveatSchema),
  rules: RulesSchema,
})
export type MetaResponse = z.infer<typeof MetaResponseSchema>

/** Which members of a computed group report, and whether they are enough (the coverage rule). */
export const CoverageSchema = z.object({
  /** Members with a value for this year. */
  reporting: z.number().int().nonnegative(),
  members: z.number().int().nonnegative(),
  /** Ids of the members without a value. */
  missing: z.array(z.string()),
  /** Ids of the members with a value, so their own figures can be offered. */
  reportingIds: z.array(z.string()),
  /** Share of the group's population the reporting members hold (1 when all report); null when unknown. */
  populationShare: z.number().min(0).max(1).nullable(),
  /** At least two thirds: the total is shown. false: the value is null, "too few members report". */
  sufficient: z.boolean(),
  /** The population year the share was judged by, when not the data year (a sum in a year the World Bank has not published). */
  populationYear: YearSchema.nullable().optional(),
})
export type Coverage = z.infer<typeof CoverageSchema>

export const ObservationSchema = z.object({
  entityId: z.string(),
  year: YearSchema,
  /** null means "no data" — never zero. */
  value: MagnitudeSchema.nullable(),
  unit: z.string(),
  edition: EditionIdSchema,
  /** Source of the figure; for computed groups, the source shared by the members (or null when mixed). */
  sourceId: z.string().nullable(),
  /** reported: a source's figure; computed: aggregated here from members (see coverage). */
  origin: z.enum(['reported', 'computed']),
  period: z.string().nullable(),
  note: z.string().nullable(),
  coverage: CoverageSchema.nullable(),
})
export type Observation = z.infer<typeof ObservationSchema>

/** GET /api/v1/indicators/{indicatorId} */
export const IndicatorResponseSchema = z.object({
  indicator: IndicatorSchema,
  edition: EditionIdSchema,
  from: YearSchema.nullable(),
  to: YearSchema.nullable(),
  observations: z.array(ObservationSchema),
})
export type IndicatorResponse = z.infer<typeof IndicatorResponseSchema>

/** A Global AI Vibrancy score: the tool scales every score to 0–100. */

export const VibrancyEntrySchema = z.object({
  entityId: z.string(),
  rank: z.number().int().positive(),
  /** Overall score as published; null where the source did not publish it. */
  score: ScoreSchema.nullable(),
  /**
   * Pillar scores where a release has them (the GVT 2022 copy: economy and R&D, whose mean is
   * the overall score); null for editions known only from the press.
   */
  pillarScores: z.object({ economy: ScoreSchema, research: ScoreSchema }).nullable(),
  sourceId: z.string(),
  note: z.string().nullable(),
})
export type VibrancyEntry = z.infer<typeof VibrancyEntrySchema>

/** GET /api/v1/vibrancy */
export const VibrancyResponseSchema = z.object({
  edition: EditionIdSchema,
  dataYear: YearSchema,
  /** Every data year the edition covers, ascending (one for GVT 2024 and 2025; 2017–2021 for GVT 2022). */
  dataYears: z.array(YearSchema),
  /** How many ranks the edition published ("top 10"): countries outside are not ranked here. */
  publishedTopN: z.number().int().nonnegative(),
  entries: z.array(VibrancyEntrySchema),
})
export type VibrancyResponse = z.infer<typeof VibrancyResponseSchema>

export const PledgeSchema = z.object({
  id: z.string(),
  date: z.string(),
  actor: z.string(),
  economyId: z.string(),
  amount: MagnitudeSchema,
  currency: z.enum(['USD', 'EUR']),
  scale: z.literal('bn'),
  horizonYears: z.number().min(0).max(100).nullable(),
  horizonText: z.string(),
  description: z.string(),
  aiOnly: z.boolean().nullable(),
  funding: z.enum(['private', 'public', 'public-and-private', 'not-stated']),
  partOf: z.string().nullable(),
  sourceId: z.string(),
})
export type Pledge = z.infer<typeof PledgeSchema>

/** GET /api/v1/pledges */
export const PledgesResponseSchema = z.object({ pledges: z.array(PledgeSchema) })
export type PledgesResponse = z.infer<typeof PledgesResponseSchema>

/**
 * The scale of docs/DESIGN.md §4: verified (equal), consistent with rounding (equal at the
 * quoted precision), approximately consistent (within 5%), unverified (no data point),
 * disputed (data points or definitions disagree), contradicted.
 */
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES)
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>

/** What a check is to its claim (src/domain/claims.ts: only cited and other-definition checks can change the status). */
export const ClaimCheckRoleSchema = z.enum(CLAIM_CHECK_ROLES)
export type ClaimCheckRole = z.infer<typeof ClaimCheckRoleSchema>

/** What a claim is about: the panel and figure it is shown beside (src/domain/claim-placement.ts). */
export const ClaimTopicSchema = z.enum(CLAIM_TOPICS)
export type ClaimTopic = z.infer<typeof ClaimTopicSchema>

/** How one check compares with the quoted figure (src/domain/claim-status.ts). */
export const ClaimAgreementSchema = z.enum(CLAIM_AGREEMENTS)
export type ClaimAgreement = z.infer<typeof ClaimAgreementSchema>

/** One entity's figure inside a ratio or a comparison. */
export const ClaimCheckPartSchema = z.object({
  entityId: z.string(),
  value: MagnitudeSchema.nullable(),
  sourceId: z.string().nullable(),
  /** For a computed group: who reports (null for a country or a reported aggregate). */
  coverage: CoverageSchema.nullable(),
})
export type ClaimCheckPart = z.infer<typeof ClaimCheckPartSchema>

export const ClaimCheckSchema = z.object({
  /**
   * indicator: one observation (a computed group's too, with its coverage); vibrancy-rank: a
   * published rank; pledge: an announced amount; ratio: two observations of one series
   * divided here (`ratio`); comparison: the claim's subject ranked among named entities of one
   * series (`comparison`); external: evidence quoted from a report outside the app's data
   * (`quote`), never served as data by /indicators.
   */
  kind: z.enum(['indicator', 'vibrancy-rank', 'pledge', 'ratio', 'comparison', 'external']),
  role: ClaimCheckRoleSchema,
  /** Human description of the data point, e.g. "AI Index 2024: United States 2023". */
  label: z.string(),
  indicatorId: IndicatorIdSchema.nullable(),
  entityId: z.string().nullable(),
  year: YearSchema.nullable(),
  edition: EditionIdSchema.nullable(),
  pledgeId: z.string().nullable(),
  /** The figure compared with the quote: null for no data, and for a quoted range (`range`). */
  value: MagnitudeSchema.nullable(),
  unit: z.string().nullable(),
  sourceId: z.string().nullable(),
  /** A quoted bound or range ("over 44,000": min 44000, max null); null for a point. */
  range: z.object({ min: MagnitudeSchema.nullable(), max: MagnitudeSchema.nullable() }).nullable(),
  /** External evidence in words: the report's own where read, else data/sources/SOURCES.md's summary of it. */
  quote: z.string().nullable(),
  /** For a check on a computed group (EU-27 …): who reports; null otherwise. */
  coverage: CoverageSchema.nullable(),
  /** kind ratio: value = numerator / denominator (× 100 when `percent`). */
  ratio: z
    .object({
      numerator: ClaimCheckPartSchema,
      denominator: ClaimCheckPartSchema,
      percent: z.boolean(),
    })
    .nullable(),
  /**
   * kind comparison (a qualitative claim): the rank the claim states for `entityId` and the rank
   * the figures give among `among` (subject included; null when a figure is missing).
   */
  comparison: z
    .object({
      claimedRank: z.number().int().positive(),
      rank: z.number().int().positive().nullable(),
      among: z.array(ClaimCheckPartSchema),
    })
    .nullable(),
  /** How this check compares with the quote; null when it is not compared (no data, context). */
  agreement: ClaimAgreementSchema.nullable(),
})
export type ClaimCheck = z.infer<typeof ClaimCheckSchema>

export const ClaimSchema = z.object({
  id: z.string(),
  statement: z.string(),
  /** The quoted figure; null for a qualitative claim ("China was the world leader in …"). */
  value: MagnitudeSchema.nullable(),
  /** The figure as the claim writes it ("68", "60.5"): its precision is what rounding compares at. */
  quoted: z.string().nullable(),
  unit: z.string(),
  year: YearSchema.nullable(),
  /** What the claim is about; the app shows it beside that topic's figure. */
  topic: ClaimTopicSchema,
  /** The status the stated rule gives from `checks` (RulesSchema.claimStatus). */
  status: ClaimStatusSchema,
  /** The curator's status text from the sourced CSV, verbatim; it may word things otherwise. */
  statusText: z.string(),
  crossCheck: z.string(),
  seenInPublicCopy: z.string(),
  sourceId: z.string(),
  checks: z.array(ClaimCheckSchema),
  /**
   * The cited figure as the current edition revised it ("67.22 in AI Index 2024; revised to
   * 72.36 in AI Index 2026"); null when the current edition has no other figure.
   */
  revision: z
    .object({
      citedEdition: EditionIdSchema,
      citedValue: MagnitudeSchema.nullable(),
      edition: EditionIdSchema,
      value: MagnitudeSchema,
    })
    .nullable(),
})
export type Claim = z.infer<typeof ClaimSchema>

/** GET /api/v1/claims */
export const ClaimsResponseSchema = z.object({ claims: z.array(ClaimSchema) })
export type ClaimsResponse = z.infer<typeof ClaimsResponseSchema>

/** RFC 9457 problem details, the body of every error response. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  /** Offending query parameter, for 400s. */
  parameter: z.string().optional(),
})
export type Problem = z.infer<typeof ProblemSchema>
