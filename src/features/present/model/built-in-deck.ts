/**
 * The deck shipped with the app: "All those billions" — the public-debate figures (ING, AI
 * Monthly, 3 March 2025) walked through on live data. Each quoted figure is named with its
 * status as checked in /claims; the numbers in the notes are the sourced values the scene shows.
 */
import type { Deck } from './deck'

export const BUILT_IN_DECK_ID = 'all-those-billions'

export const BUILT_IN_DECK: Deck = {
  id: BUILT_IN_DECK_ID,
  title: 'All those billions',
  scenes: [
    {
      id: 'gap-first-edition',
      title: 'The investment gap, 2023 — as first reported',
      panel: 'investment',
      query: 'year=2023&edition=aiindex-2024&selected=USA&compare=CHN',
      notes:
        'AI Index 2024: US private AI investment 2023 = US$67.22bn, China = US$7.76bn (ratio ≈ 8.7×, computed here).\n' +
        'Quoted: "US about $68bn" and "China about $8bn" — status: consistent with rounding (first edition).\n' +
        'Quoted: "EU about $7bn" — status: unverified (no EU-27 series exists; AI Index 2026 "Europe" 2023 = US$12.14bn).\n' +
        'Private investment = VC and private equity into private AI companies (Quid); excludes public companies’ capex and state funding.',
    },
    {
      id: 'gap-revised',
      title: 'The same year, revised — AI Index 2026',
      panel: 'investment',
      query: 'year=2023&selected=USA&compare=CHN',
      notes:
        'AI Index 2026 revises 2023: US = US$72.36bn, China = US$9.47bn, "Europe" = US$12.14bn.\n' +
        'Sources revise history: a series never mixes editions. The quoted $68bn / $8bn match the first edition, not the revision.',
    },
    {
      id: 'pledges-vs-flows',
      title: 'Pledges against flows',
      panel: 'investment',
      query: 'year=2024&selected=USA',
      notes:
        'Pledges are intentions, not disbursements, and run over several years.\n' +
        'Stargate US$500bn over four years — verified (OpenAI/SoftBank release). Apple “more than US$500bn” in the US over four years — verified, not AI-only.\n' +
        'EU InvestAI €200bn — verified (Commission, 11 Feb 2025), incl. a €20bn fund for AI gigafactories — verified.\n' +
        'Flows for comparison (AI Index 2026): US private AI investment 2024 = US$109.55bn; 2025 = US$285.88bn.\n' +
        'Quoted: "the EU invests about 4% of what Washington provides" — status: unverified (basis not stated).',
    },
    {
      id: 'models-vs-patents',
      title: 'Models against patents',
      panel: 'models',
      query: 'year=2023&edition=aiindex-2024&selected=USA&compare=CHN',
      notes:
        'Notable ML models 2023 (AI Index 2024): US 61, China 15 — both verified.\n' +
        'Foundation models 2023: US 109, China 20 — unverified (ING figures; no cross-check found).\n' +
        'Quoted: "China registered 44,150 AI patents in 2023, three times the US" — status: disputed (AI Index 2026: China 85,674, US 16,946 for 2023).\n' +
        'Model counts can double-count multinational collaborations; recent patent years lag.',
    },
    {
      id: 'vibrancy-ranking',
      title: 'The vibrancy ranking, GVT 2024',
      panel: 'vibrancy',
      query: 'gvt=gvt-2024&selected=FRA&compare=DEU',
      notes:
        'Global AI Vibrancy Tool 2024 (2023 data), ranks as published by Stanford HAI: US 1, China 2, France 6, Germany 8 — all verified against the GVT 2024 top-10 list.\n' +
        'Ranks are shown as reported; scores only where published. Ranks are never averaged across countries.',
    },
    {
      id: 'vibrancy-robustness',
      title: 'Is the ranking robust? Re-weighting the pillars',
      panel: 'vibrancy',
      query: 'gvt=gvt-2024&weights=economy:3,research:1&selected=FRA&compare=DEU',
      notes:
        'An index computed here from open indicators, economy pillar weighted 3:1 over R&D — not the published GVT score.\n' +
        'Compare the computed order with the published ranks: where France and Germany move, the ranking depends on the weights.\n' +
        'Computed here: method and weights are shown with the chart.',
    },
  ],
}
