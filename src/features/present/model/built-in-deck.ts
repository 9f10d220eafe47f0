/**
 * The deck shipped with the app: "All those billions" — the figures of the public debate (ING,
 * AI Monthly, 3 March 2025) walked through on live data. Every number in a headline or a note
 * is a template filled from the scene's own figure ({value …}, {ratio …}) or a claim's status
 * ({status …}), so the deck cannot drift from the data; a test renders each scene and fails on
 * any value the figure does not have. Quoted figures ("$68bn") are quotes: they stay as said.
 */
import type { Deck, Scene } from './deck'

export const BUILT_IN_DECK_ID = 'all-those-billions'

const scene = (s: Omit<Scene, 'key'> & Partial<Pick<Scene, 'key'>>): Scene => ({ key: null, ...s })

export const BUILT_IN_DECK: Deck = {
  id: BUILT_IN_DECK_ID,
  title: 'All those billions',
  scenes: [
    scene({
      id: 'gap-first-edition',
      figure: 'investment.ranked',
      query: 'year=2023&edition=aiindex-2024&selected=USA',
      headline: '2023, as first reported: US private AI investment was {ratio USA CHN}× China’s',
      notes:
        'AI Index 2024, 2023: United States {value USA} bn, China {value CHN} bn (ratio computed here).\n' +
        'Quoted by ING: “US about $68bn” — {status us_private_inv_2023}; “China about $8bn” — {status cn_private_inv_2023}.\n' +
        '“EU about $7bn” — {status eu_private_inv_2023}: no EU-27 series is published.\n' +
        'Private investment = venture capital and private equity into private AI companies (Quid); it excludes public companies’ capex and state funding.',
    }),
    scene({
      id: 'gap-revised',
      figure: 'investment.ranked',
      query: 'year=2023&selected=USA',
      headline: 'The same year, revised by AI Index 2026: {ratio USA CHN}× — US {value USA} bn',
      notes:
        'AI Index 2026 revises 2023: United States {value USA} bn, China {value CHN} bn.\n' +
        'Sources revise history, so a series never mixes editions: the quoted $68bn and $8bn match the first edition, not the revision.',
    }),
    scene({
      id: 'per-capita',
      figure: 'investment.ranked',
      query: 'year=2023&edition=aiindex-2024&norm=per-capita&selected=USA',
      headline:
        'Per person the gap is wider: the US invested {ratio USA CHN}× China a head in 2023',
      notes:
        'US$ per person, World Bank population of 2023: United States {value USA}, China {value CHN} (computed here).\n' +
        'Money is divided by population of the same year; blocs divide by their reporting members only.',
    }),
    scene({
      id: 'pledges-vs-flows',
      figure: 'investment.pledges',
      query: 'year=2025&selected=USA',
      headline: 'Pledges against flows: Stargate’s $500bn is {value stargate} bn a year',
      notes:
        'Annualised over the stated horizon, beside the private AI investment actually made: United States 2025 = {value flow-USA} bn (AI Index 2026).\n' +
        'Stargate — {status stargate}; Apple “more than $500bn” — {status apple}, not AI-only; EU InvestAI €200bn — {status investai} (no horizon stated, so not annualised).\n' +
        'Pledges are intentions, not disbursements. Quoted: “the EU invests about 4% of what Washington provides” — {status eu_vs_us_share}.',
    }),
    scene({
      id: 'models',
      figure: 'models.notable-trend',
      query: 'years=2015-2025&selected=USA',
      headline: 'Output: {value USA 2025} notable US models in 2025, {value CHN 2025} Chinese',
      notes:
        'Notable ML models (Epoch AI via AI Index 2026): United States {value USA 2023} and China {value CHN 2023} in 2023.\n' +
        'Quoted by ING for 2023: US 61 notable models — {status us_notable_models_2023}; US 109 and China 20 foundation models — {status us_foundation_models_2023} (no source beyond the article: a quote, not data).\n' +
        'Model counts can count a multinational collaboration for each country; the list is back-filled.',
    }),
    scene({
      id: 'patents',
      figure: 'models.patents-trend',
      query: 'years=2015-2024&selected=CHN',
      headline:
        'Patents: China was granted {ratio CHN USA 2023}× as many AI patents as the US in 2023',
      notes:
        'Granted AI patents, AI Index 2026, 2023: China {value CHN 2023}, United States {value USA 2023}.\n' +
        'Quoted: “China registered 44,150 AI patents in 2023, three times the US” — {status cn_ai_patents_2023}: another count (GVT) and definition; recent years lag.',
    }),
    scene({
      id: 'publications',
      figure: 'research.publication-shares',
      query: 'year=2023&selected=CHN',
      headline:
        'Research: China wrote {value CHN 2023} of the world’s AI publications in 2023, the US {value USA 2023}',
      notes:
        'AI Index 2026, share of AI publications in computer science, 2023: China {value CHN 2023}, Europe {value EUROPE 2023}, United States {value USA 2023}, India {value IND 2023}; {value UNKNOWN 2023} have no known area, so shares are of a partly unattributed world.\n' +
        'Quoted: “China leads in AI publications” — {status cn_leads_ai_publications_2023}; “and in citations” — {status cn_leads_ai_citations_2023} (GVT 2022 release: citations of recent years still accumulate).\n' +
        'Publication counts differ by source and are never chained; shares are shares, never summed.',
    }),
    scene({
      id: 'vibrancy-ranking',
      figure: 'vibrancy.published',
      query: 'year=2023&selected=FRA&compare=DEU',
      headline:
        'The 2023 ranking as published: France {value FRA rank}th, Germany {value DEU rank}th',
      notes:
        'Global AI Vibrancy Tool 2024 (2023 data), ranks as published by Stanford HAI: United States {value USA rank}, China {value CHN rank}.\n' +
        'Quoted: France 6th — {status gvt_rank_fr}; Germany 8th — {status gvt_rank_de}. Ranks are shown as reported, scores only where published; ranks are never averaged.',
    }),
    scene({
      id: 'vibrancy-robustness',
      figure: 'vibrancy.index',
      query: 'gvt=gvt-2024&weights=economy:3,research:1&selected=FRA&compare=DEU',
      headline:
        'Re-weighted 3:1 to the economy, an open index ranks France {value FRA rank}, Germany {value DEU rank}',
      notes:
        'An index computed here from four open indicators (not the published GVT score), economy pillar weighted 3:1 over R&D.\n' +
        'Where France and Germany move with the weights, the published order depends on expert weights that are not open. The table gives each country’s rank range under ±25% weights.',
    }),
    scene({
      id: 'deepseek',
      figure: 'models.output-per-dollar',
      query: '',
      headline: 'DeepSeek’s “$6m” model: the final training run only, not what it cost to build',
      key: {
        value: 'US$6m',
        label:
          'DeepSeek-V3’s training cost as claimed: 2.788M H800 GPU hours at an assumed US$2 an hour, the final run only',
        claim: 'deepseek_claimed',
      },
      notes:
        'Quoted: DeepSeek-V3 cost about $6m to train — {status deepseek_claimed}: the technical report’s own arithmetic (US$5.576m) for the final run, excluding research, ablations and infrastructure.\n' +
        'Quoted: about $1.3bn including GPUs and infrastructure — {status deepseek_full}: an analyst’s estimate (SemiAnalysis), not a disclosed figure.\n' +
        'No series holds a model’s training cost: these are quoted statements, not data. Output per dollar (the figure behind this slide) counts notable models against private investment.',
    }),
    scene({
      id: 'scorecard',
      figure: 'claims.statuses',
      query: '',
      headline:
        'The debate’s quoted figures: {value verified} verified, {value unverified} unverified, {value disputed} disputed',
      notes:
        'Every quoted claim with its status by one stated rule (served in /meta): checked against the data point of the edition it cites, never a later revision; revisions are shown beside it.\n' +
        'The numbers in brackets are the claims’ numbers in the scorecard (end of the dashboard), which lists each claim in full; filter it by status or panel, and each claim links to the view where it is checked.',
    }),
  ],
}
