/**
 * Where a quoted claim is shown, by one rule: its topic (given by the data build) decides the
 * panel whose "Quoted in the debate" list holds it and the figure it is drawn on or checked
 * in; the check it cites decides the view that opens that figure (the edition and year of the
 * data point it was checked against). Every panel, the scorecard and the deck read these, so
 * a claim is in one place only. Pure.
 */
import type { ClaimCheckRole, ClaimTopic } from './claims'
import { isAiIndexEdition } from './editions'
import { serializeView } from './url-codec'
import { DEFAULT_VIEW, type PanelId, type ViewState } from './view'

/** The panel a claim is listed in, and the figure it is drawn on or checked in (null: none). */
export interface ClaimPlace {
  readonly panel: PanelId
  readonly figure: string | null
}

/** The rule: publications and citations are listed in Research & talent, beside their figures. */
export const CLAIM_PLACES: Readonly<Record<ClaimTopic, ClaimPlace>> = {
  investment: { panel: 'investment', figure: 'investment.ranked' },
  pledges: { panel: 'investment', figure: 'investment.pledges-table' },
  models: { panel: 'models', figure: 'models.headline' },
  patents: { panel: 'models', figure: 'models.patents-trend' },
  'training-cost': { panel: 'models', figure: 'models.output-per-dollar' },
  'open-models': { panel: 'models', figure: 'models.open-claims' },
  publications: { panel: 'research', figure: 'research.publication-shares' },
  citations: { panel: 'research', figure: 'research.citations' },
  vibrancy: { panel: 'vibrancy', figure: 'vibrancy.published' },
}

/** The panels' titles, as their headings read. */
export const PANEL_TITLE: Readonly<Record<PanelId, string>> = {
  vibrancy: 'AI Vibrancy Ranking',
  investment: 'Private Investment',
  models: 'Models & Patents',
  research: 'Research & talent',
  claims: 'Claims scorecard',
}

/** What the rule reads of a claim (the contract's Claim has it all). */
export interface PlacedClaim {
  readonly id: string
  readonly topic: ClaimTopic
  readonly checks: readonly {
    readonly kind: string
    readonly role: ClaimCheckRole
    readonly edition: string | null
    readonly year: number | null
    readonly entityId: string | null
    /** Non-null for a computed group (EU-27 …): the view opens that region. */
    readonly coverage: unknown
  }[]
}

/** Where the claim is shown. */
export function placeOf(claim: Pick<PlacedClaim, 'topic'>): ClaimPlace {
  return CLAIM_PLACES[claim.topic]
}

/** The claims of one panel, or of some topics, in the order served. */
export function claimsOfPanel<C extends Pick<PlacedClaim, 'topic'>>(
  claims: readonly C[],
  panel: PanelId,
): C[] {
  return claims.filter((c) => placeOf(c).panel === panel)
}

export function claimsOfTopics<C extends Pick<PlacedClaim, 'topic'>>(
  claims: readonly C[],
  topics: readonly ClaimTopic[],
): C[] {
  return claims.filter((c) => topics.includes(c.topic))
}

/**
 * A claim's number, the same on every chart marker, list and in the scorecard: its position
 * in the list served (1-based); null for a claim not in it.
 */
export function claimNumber(claims: readonly { readonly id: string }[], id: string): number | null {
  const i = claims.findIndex((c) => c.id === id)
  return i < 0 ? null : i + 1
}

/**
 * The check a claim is judged by: the figure of the edition or report it cites. Never a later
 * revision: a claim is checked against what it cites.
 */
export function citedCheck<C extends PlacedClaim>(claim: C): C['checks'][number] | null {
  return claim.checks.find((c) => c.role === 'cited') ?? null
}

/**
 * The view in which the claim is checked: the year and AI Index edition of its cited data point
 * (else of another definition it is set against, when nothing is cited), the region when that
 * point is a bloc's sum, else its country highlighted. A GVT rank opens on its data year, which
 * picks the release (2023 → GVT 2024). A claim with no dated data point opens the default view.
 */
export function claimView(claim: PlacedClaim): ViewState {
  const check = citedCheck(claim) ?? claim.checks.find((c) => c.role === 'other-definition') ?? null
  if (check === null) return DEFAULT_VIEW
  const patch: { -readonly [K in keyof ViewState]?: ViewState[K] } = {}
  if (check.year !== null) patch.year = check.year
  if (check.edition !== null && isAiIndexEdition(check.edition)) patch.edition = check.edition
  if ((check.kind === 'indicator' || check.kind === 'vibrancy-rank') && check.entityId !== null) {
    if (check.coverage != null) patch.region = check.entityId
    else patch.selected = check.entityId
  }
  return { ...DEFAULT_VIEW, ...patch }
}

/**
 * The link that opens the claim where it is checked: the view's query, and the figure it is
 * drawn on (else its entry in its panel's list, `claim-<id>`).
 */
export function claimHref(claim: PlacedClaim): string {
  const query = serializeView(claimView(claim))
  const figure = placeOf(claim).figure
  return `?${query}#${figure === null ? `claim-${claim.id}` : `figure-${figure}`}`
}
