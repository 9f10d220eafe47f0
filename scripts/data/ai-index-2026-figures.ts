/**
 * The AI Index 2026 figures beyond investment, models and patents (SOURCES.md S12): what each
 * indicator means, its unit and aggregation rule, and which CSV rows feed it. Shares, ratios
 * and rates are never summed over a group's members (aggregation 'none'), and counts of a
 * figure whose counting method could count one item for several areas are not summed either.
 */
import type { FixtureIndicator } from '../../mocks/data/types'
import type { EditionRule } from './editions'
import type { LongFormFile, LongFormSeries } from './long-form'

const FIG_4_2_14 = 'AI Index 2026 (fig 4.2.14)'

/** Every label of these files is an AI Index 2026 figure; the data is that one edition. */
const AI_INDEX_2026: readonly EditionRule[] = [
  { label: /^AI Index 2026 \(fig \d+\.\d+\.\d+\)$/, edition: 'aiindex-2026' },
  // The copy's fig_4.3.1.csv holds fig 4.3.10's data and 3 more economies (SOURCES.md S12).
  { label: 'AI Index 2026 (fig 4.3.1 CSV)', edition: 'aiindex-2026' },
  // Chart-only figures: no CSV in the copy holds their data, so the printed labels are the
  // edition's values (unlike figs 1.1.1/1.1.2, whose charts contradict their CSVs).
  { label: 'AI Index 2026 (fig 1.6.11, chart)', edition: 'aiindex-2026' },
  // Chart 4.2.9 (2025 by country) repeats fig 4.2.14's US and China values.
  { label: 'AI Index 2026 (fig 4.2.9, chart)', edition: 'aiindex-2026', repeats: FIG_4_2_14 },
]

type Pillar = FixtureIndicator['pillar']

function count(
  id: FixtureIndicator['id'],
  label: string,
  shortLabel: string,
  unit: string,
  pillar: Pillar,
  description: string,
): FixtureIndicator {
  return {
    id,
    label,
    shortLabel,
    unit,
    pillar,
    perCapitaAble: true,
    aggregation: 'sum',
    description,
  }
}

/** A share, ratio or rate: not summed, and not divided by population. */
function rate(
  id: FixtureIndicator['id'],
  label: string,
  shortLabel: string,
  unit: string,
  pillar: Pillar,
  description: string,
): FixtureIndicator {
  return {
    id,
    label,
    shortLabel,
    unit,
    pillar,
    perCapitaAble: false,
    aggregation: 'none',
    description,
  }
}

const VENUE_NOTE =
  'The venue types do not add up to the fig 1.6.1 total (2024: 263,888 against 257,891), and from 2023 to 2024 many publications move from conference to repository.'

function venue(
  id: FixtureIndicator['id'],
  name: string,
  csvVenue: string,
  shortLabel: string,
): FixtureIndicator {
  return count(
    id,
    `AI publications in computer science: ${name}`,
    shortLabel,
    'publications',
    'research',
    `World count of AI publications in computer science of venue type '${csvVenue}' (AI Index 2026, fig 1.6.2; the CSV's thousands converted to counts). ${VENUE_NOTE}`,
  )
}

function access(
  id: FixtureIndicator['id'],
  name: string,
  csvType: string,
  shortLabel: string,
): FixtureIndicator {
  return count(
    id,
    `Notable models: ${name}`,
    shortLabel,
    'models',
    'research',
    `World count of notable models whose access type is '${csvType}' (Epoch AI via the AI Index 2026, fig 1.1.8); the source has no country split. The CSV has rows only for the years it lists.`,
  )
}

const LINKEDIN = 'LinkedIn measures cover LinkedIn members only.'

export const AI_INDEX_2026_INDICATORS: readonly FixtureIndicator[] = [
  count(
    'ai-publications',
    'AI publications in computer science',
    'AI publications (CS)',
    'publications',
    'research',
    "World count of AI publications in computer science (AI Index 2026, fig 1.6.1; the CSV's thousands converted to counts). Whole or fractional counting is not stated. The AI Index 2022 counted AI papers differently, so this series must not be chained with older counts.",
  ),
  rate(
    'ai-share-of-cs-publications',
    'AI share of all computer-science publications',
    'AI share of CS publications',
    'fraction of all CS publications (as given; the CSV states no unit)',
    'research',
    "AI publications as a share of all computer-science publications, world (AI Index 2026, fig 1.6.1: the CSV's second, unlabelled block of rows, read as the chart's second axis 'AI publications in CS (% of total)'). Kept as the fraction given, not converted to percent.",
  ),
  venue('ai-publications-journal', 'journals', 'Journal', 'AI publications: journals'),
  venue('ai-publications-conference', 'conferences', 'Conference', 'AI publications: conferences'),
  venue(
    'ai-publications-repository',
    'repositories',
    'Repository',
    'AI publications: repositories',
  ),
  venue('ai-publications-book', 'books', 'Book', 'AI publications: books'),
  venue(
    'ai-publications-dissertation',
    'dissertations',
    'Dissertation',
    'AI publications: dissertations',
  ),
  venue('ai-publications-other', 'other venues', 'Other', 'AI publications: other venues'),
  rate(
    'ai-publications-share',
    'Share of world AI publications in computer science, by area',
    'AI publication share',
    '% of world AI publications in CS',
    'research',
    "An area's share of the world's AI publications in computer science, all venue types together, in percent (AI Index 2026, fig 1.6.6: United States, China, Europe, India, Rest of the world and Unknown; fractions converted to percent). 'Unknown' holds the publications the source could not attribute to a geography (20.61% in 2023, 39.25% in 2024), so each named area's 2024 share falls partly because of it. The source has no journal or conference split by country.",
  ),
  rate(
    'ai-publications-share-by-region',
    'Share of world AI publications in computer science, by World Bank-style region',
    'AI publication share (regions)',
    '% of world AI publications in CS',
    'research',
    "A region's share of the world's AI publications in computer science, all venue types together, in percent (AI Index 2026, fig 1.6.7: seven World Bank-style regions and Unknown; fractions converted to percent). This scheme has no separate China; its regions are not the app's UN M49 groups.",
  ),
  rate(
    'top-cited-ai-publications',
    "Publications among the year's 100 most-cited AI publications",
    'Top-100 cited AI publications',
    "publications among the year's 100 most cited",
    'research',
    "Number of the year's 100 most-cited AI publications attributed to the area (AI Index 2026, fig 1.6.11: 10 areas, 2021–24). The copy has no CSV for this figure: the values are the labels printed on the chart, checked against the PDF's text layer. Whether a paper with authors in several areas counts for each is not stated, so the counts are not added up over areas. This counts papers, not citations, and recent years' citations still accumulate.",
  ),
  count(
    'newly-funded-ai-companies',
    'Newly funded AI companies',
    'Newly funded AI companies',
    'companies',
    'economy',
    "Number of newly funded AI companies (Quid data via the AI Index 2026): World 2013–25 (fig 4.2.4); United States, China and Europe 2013–25 (fig 4.2.14); 15 countries in 2025 (fig 4.2.9, values printed on the chart, since the copy's fig_4.2.9.csv repeats fig 4.2.14; its US and China values equal fig 4.2.14's and are kept once).",
  ),
  count(
    'newly-funded-ai-companies-cumulative',
    'Newly funded AI companies, sum over the period',
    'Newly funded AI companies (sum)',
    'companies',
    'economy',
    "Newly funded AI companies summed over 2013–25 for the top 15 countries (Quid via the AI Index 2026, fig 4.2.13), filed under the period's last year with the period stated. The US (8,909) and China (1,766) values equal the sums of fig 4.2.14's yearly values.",
  ),
  count(
    'newly-funded-genai-companies',
    'Newly funded generative-AI companies',
    'Newly funded GenAI companies',
    'companies',
    'economy',
    'World count of newly funded generative-AI companies, 2019–25 (Quid via the AI Index 2026, fig 4.2.5).',
  ),
  count(
    'genai-private-investment',
    'Generative-AI private investment',
    'GenAI private investment',
    'US$ bn (nominal)',
    'economy',
    'Private investment in generative-AI companies, nominal US$ billions (Quid via the AI Index 2026): World 2019–25 (fig 4.2.3); United States and Europe 2019–25, China 2021–25 (fig 4.2.10; the CSV has no China rows for 2019–20).',
  ),
  count(
    'top-ai-authors-inventors',
    'Top AI authors and inventors',
    'Top AI authors and inventors',
    'people',
    'research',
    "Number of top AI authors and inventors by country, 2025 (Zeki Data via the AI Index 2026, fig 1.8.1; the CSV's thousands converted to counts). The figure lists 21 countries; China is not among them, which is no data, not zero.",
  ),
  {
    id: 'top-ai-authors-inventors-per-100k',
    label: 'Top AI authors and inventors per 100,000 inhabitants',
    shortLabel: 'Top AI authors per 100k',
    unit: 'per 100,000 inhabitants',
    pillar: 'research',
    perCapitaAble: false,
    aggregation: 'population-weighted-mean',
    description:
      'Top AI authors and inventors per 100,000 inhabitants as published (Zeki Data via the AI Index 2026, fig 1.8.2, 15 countries, 2025), not computed by this project.',
  },
  rate(
    'ai-job-postings-share',
    'AI job postings, share of all job postings',
    'AI job postings share',
    '% of all job postings',
    'economy',
    'AI job postings as a percentage of all job postings (Lightcast via the AI Index 2026, figs 4.4.1 and 4.4.2, 22 countries, 2014–25; fractions converted to percent). Cells empty in the source are no data (null), not zero.',
  ),
  rate(
    'ai-hiring-rate-growth',
    'AI vs. overall hiring-rate growth',
    'AI hiring-rate growth',
    'ratio (as given; the chart prints it as %)',
    'economy',
    `LinkedIn's relative AI hiring rate, year on year, by country, 2025 (AI Index 2026, fig 4.4.15, 15 countries), kept as the ratio the CSV gives (0.09957 is printed 9.96% on the chart). ${LINKEDIN}`,
  ),
  rate(
    'ai-talent-concentration',
    'AI talent concentration',
    'AI talent concentration',
    'fraction (as given; the chart prints it as %)',
    'economy',
    `LinkedIn's AI talent concentration by country, 2025 (AI Index 2026, fig 4.4.21, 15 countries), kept as the fraction the CSV gives (0.02104 is printed 2.10%). ${LINKEDIN}`,
  ),
  rate(
    'ai-talent-concentration-change',
    'Change in AI talent concentration, 2019 vs. 2025',
    'AI talent concentration change',
    '% change, 2019 vs. 2025',
    'economy',
    `Percentage change in LinkedIn's AI talent concentration between 2019 and 2025 (AI Index 2026, fig 4.4.22, 15 countries; the source's fraction ×100), one value for the period 2019-2025, filed under 2025. ${LINKEDIN}`,
  ),
  rate(
    'relative-ai-skill-penetration',
    'Relative AI skill penetration, 2015–25',
    'Relative AI skill penetration',
    'ratio to the global average',
    'economy',
    `LinkedIn's relative AI skill penetration, one value for 2015–25 as the figure is titled (AI Index 2026, fig 7.4.1, printed again as fig 4.4.17; 15 countries), filed under 2025 with the period stated. ${LINKEDIN}`,
  ),
  rate(
    'net-ai-talent-migration',
    'Net AI talent migration',
    'Net AI talent migration',
    'per 10,000 LinkedIn members',
    'economy',
    `Net migration of AI talent per 10,000 LinkedIn members, 2021–25 (AI Index 2026, fig 4.4.24, 50 countries; a value dated 1/1/YY is filed under that year). Asterisks on 20 country labels are unexplained in the source and kept in the notes. ${LINKEDIN}`,
  ),
  rate(
    'net-ai-talent-migration-fig-4-4-23',
    'Net AI talent migration, as fig 4.4.23 dates it',
    'Net AI talent migration (fig 4.4.23)',
    'per 10,000 LinkedIn members',
    'economy',
    'The 15 countries of AI Index 2026 fig 4.4.23, titled 2025. Its values equal those that fig 4.4.24 dates 1/1/24 (US 1.21862), not those dated 1/1/25 (US 0.91968), so they are kept as a series of their own rather than as a second 2025 value.',
  ),
  count(
    'data-centres',
    'Data centres',
    'Data centres',
    'data centres',
    'infrastructure',
    "Number of data centres listed by Cloudscene, by country, 2025 (AI Index 2026, fig 1.3.1, 97 countries; fig 1.3.2's top 15 match). Counts of facilities, not capacity.",
  ),
  count(
    'public-ai-supercomputers',
    'Public AI supercomputers, cumulative',
    'Public AI supercomputers',
    'supercomputers (cumulative)',
    'infrastructure',
    "Cumulative number of public or public-private AI supercomputers, 2010–25 (Epoch AI via the AI Index 2026, fig 8.3.1): six regions and China, which the figure shows separately from 'East Asia and Pacific'.",
  ),
  count(
    'ai-models-released',
    'AI models released, cumulative',
    'AI models released',
    'models (cumulative)',
    'research',
    "Cumulative number of AI models released, 2010–25 (Epoch AI via the AI Index 2026, fig 8.3.4, policy chapter): six regions, the United States and China, the last two shown separately from 'North America' and 'East Asia and Pacific'. Not the notable-models series of fig 1.1.x.",
  ),
  access(
    'notable-models-open-weights-unrestricted',
    'open weights (unrestricted)',
    'Open weights (unrestricted)',
    'Open weights, unrestricted',
  ),
  access(
    'notable-models-open-weights-restricted',
    'open weights (restricted use)',
    'Open weights (restricted use)',
    'Open weights, restricted',
  ),
  access(
    'notable-models-open-weights-noncommercial',
    'open weights (noncommercial)',
    'Open weights (noncommercial)',
    'Open weights, noncommercial',
  ),
  access('notable-models-api-access', 'API access', 'API access', 'API access'),
  access(
    'notable-models-hosted-access',
    'hosted access (no API)',
    'Hosted access (no API)',
    'Hosted access',
  ),
  access('notable-models-unreleased', 'unreleased', 'Unreleased', 'Unreleased'),
  access('notable-models-access-unknown', 'access unknown', 'Unknown', 'Access unknown'),
  rate(
    'hf-downloads-share',
    'Share of downloads of the top Hugging Face models, by developer location',
    'Hugging Face download share',
    '% of downloads',
    'research',
    "Share of downloads among the top Hugging Face models by the developers' location (Longpre et al., 2025, via the AI Index 2026, fig 1.5.7), annual 2020–25 with 9 categories. The chart is quarterly with 11 categories (it adds Finland and Japan); this CSV was not verified against it.",
  ),
  rate(
    'github-ai-projects-share',
    'Share of GitHub AI projects with at least 10 stars',
    'GitHub AI projects share',
    '% of GitHub AI projects with ≥10 stars',
    'research',
    'Share of the GitHub AI projects with at least 10 stars, by area (United States, China, India, Europe, Rest of the world), 2011–25 (GitHub via the AI Index 2026, fig 1.5.3; fractions converted to percent).',
  ),
  count(
    'github-ai-stars',
    'GitHub stars of AI projects, cumulative',
    'GitHub AI stars',
    'stars (cumulative)',
    'research',
    "Cumulative GitHub stars of AI projects by area, 2011–25 (GitHub via the AI Index 2026, fig 1.5.5; the CSV's millions converted to counts).",
  ),
  rate(
    'ai-diffusion-h1',
    'AI diffusion, first half of 2025',
    'AI diffusion (H1 2025)',
    '% (Microsoft AI diffusion; definition not in the source CSV)',
    'economy',
    "Microsoft AI Economy Institute's AI diffusion for the first half of 2025, top 30 economies (AI Index 2026, fig 4.3.12). The definition of AI diffusion is not given in the CSV.",
  ),
  rate(
    'ai-diffusion-h2',
    'AI diffusion, second half of 2025',
    'AI diffusion (H2 2025)',
    '% (Microsoft AI diffusion; definition not in the source CSV)',
    'economy',
    "Microsoft AI Economy Institute's AI diffusion for the second half of 2025: 144 economies (AI Index 2026, fig 4.3.10) and 3 more found only in the copy's fig_4.3.1.csv, which equals fig 4.3.10 wherever both list an economy. The definition of AI diffusion is not given in the CSV.",
  ),
  rate(
    'organisations-using-ai',
    'Organisations using AI',
    'Organisations using AI',
    '% of survey respondents',
    'economy',
    "Share of the organisations answering McKinsey & Company's survey that use AI, by survey region, 2023–25 (AI Index 2026, fig 4.3.2; fractions converted to percent). Shares of respondents, not of all firms.",
  ),
  rate(
    'ai-use-at-work',
    'Intentional AI use at work',
    'AI use at work',
    '% of surveyed workers',
    'public-opinion',
    "Share of surveyed workers reporting intentional use of AI at work, 2025 (University of Melbourne and KPMG International via the AI Index 2026, fig 9.1.10; 47 countries and the survey's 'Global' figure).",
  ),
  rate(
    'ai-trust-at-work',
    'Trust in AI at work',
    'Trust in AI at work',
    '% of surveyed workers',
    'public-opinion',
    "Share of surveyed workers reporting trust in AI at work, 2025 (University of Melbourne and KPMG International via the AI Index 2026, fig 9.1.10; 47 countries and the survey's 'Global' figure).",
  ),
  count(
    'ai-bills-passed',
    'AI-related bills passed into law',
    'AI bills passed',
    'bills passed into law',
    'policy',
    'AI-related bills passed into law in the year, total across the G20 countries as charted, 2016–25 (AI Index and Digital Policy Alert, AI Index 2026 fig 8.4.1).',
  ),
  count(
    'ai-bills-passed-cumulative',
    'AI-related bills passed into law, sum over the period',
    'AI bills passed (sum)',
    'bills passed into law',
    'policy',
    "AI-related bills passed into law summed over 2016–25 for the 14 G20 countries with at least one (AI Index 2026, fig 8.4.3), filed under the period's last year with the period stated. The map of fig 8.4.2, which lists France and South Korea twice, is not used.",
  ),
]

function series(
  csv: string,
  id: LongFormSeries['id'],
  csvUnit: string,
  labels?: readonly string[],
): LongFormSeries {
  return labels === undefined ? { csv, id, csvUnit } : { csv, id, csvUnit, labels }
}

const byYear = (file: string, list: readonly LongFormSeries[]): LongFormFile => ({
  file,
  time: 'year',
  series: list,
  editions: AI_INDEX_2026,
})

/** The long-form files of these figures and the indicator each CSV series feeds. */
export const AI_INDEX_2026_FILES: readonly LongFormFile[] = [
  byYear('publications.csv', [
    series('ai_publications_in_cs', 'ai-publications', 'count'),
    series(
      'ai_share_of_all_cs_publications',
      'ai-share-of-cs-publications',
      'fraction (as given; no unit in the CSV)',
    ),
    series('ai_publications_in_cs_journal', 'ai-publications-journal', 'count'),
    series('ai_publications_in_cs_conference', 'ai-publications-conference', 'count'),
    series('ai_publications_in_cs_repository', 'ai-publications-repository', 'count'),
    series('ai_publications_in_cs_book', 'ai-publications-book', 'count'),
    series('ai_publications_in_cs_dissertation', 'ai-publications-dissertation', 'count'),
    series('ai_publications_in_cs_other', 'ai-publications-other', 'count'),
    // Figs 1.6.6 and 1.6.7 use different area schemes (both with 'Unknown'): two indicators.
    series(
      'ai_publications_in_cs_share_pct',
      'ai-publications-share',
      'percent of world AI publications in CS',
      ['AI Index 2026 (fig 1.6.6)'],
    ),
    series(
      'ai_publications_in_cs_share_pct',
      'ai-publications-share-by-region',
      'percent of world AI publications in CS',
      ['AI Index 2026 (fig 1.6.7)'],
    ),
    series(
      'highly_cited_publications_in_top100',
      'top-cited-ai-publications',
      'count (of the 100 most-cited AI publications of the year)',
    ),
  ]),
  byYear('companies.csv', [
    series('newly_funded_ai_companies', 'newly-funded-ai-companies', 'count'),
    series('newly_funded_genai_companies', 'newly-funded-genai-companies', 'count'),
    series('genai_private_investment_usd_bn', 'genai-private-investment', 'US$ billions (nominal)'),
  ]),
  byYear('talent.csv', [
    series('top_ai_authors_and_inventors', 'top-ai-authors-inventors', 'count'),
    series(
      'top_ai_authors_and_inventors_per_100k',
      'top-ai-authors-inventors-per-100k',
      'per 100,000 inhabitants',
    ),
    series('ai_job_postings_pct', 'ai-job-postings-share', 'percent of all job postings'),
    series(
      'relative_ai_hiring_rate_yoy_ratio',
      'ai-hiring-rate-growth',
      'ratio (as given; the chart prints it as %)',
    ),
    series(
      'ai_talent_concentration',
      'ai-talent-concentration',
      'fraction (as given; the chart prints it as %)',
    ),
    // Fig 4.4.23 dates fig 4.4.24's 1/1/24 values 2025: kept apart, never two values for 2025.
    series(
      'net_ai_talent_migration_per_10k',
      'net-ai-talent-migration',
      'per 10,000 LinkedIn members',
      ['AI Index 2026 (fig 4.4.24)'],
    ),
    series(
      'net_ai_talent_migration_per_10k',
      'net-ai-talent-migration-fig-4-4-23',
      'per 10,000 LinkedIn members',
      ['AI Index 2026 (fig 4.4.23)'],
    ),
  ]),
  byYear('compute.csv', [
    series('data_centers', 'data-centres', 'count'),
    series('public_ai_supercomputers_cumulative', 'public-ai-supercomputers', 'count (cumulative)'),
  ]),
  byYear('models_open_source.csv', [
    series('ai_models_released_cumulative', 'ai-models-released', 'count (cumulative)'),
    series(
      'notable_models_access_open_weights_unrestricted',
      'notable-models-open-weights-unrestricted',
      'count',
    ),
    series(
      'notable_models_access_open_weights_restricted_use',
      'notable-models-open-weights-restricted',
      'count',
    ),
    series(
      'notable_models_access_open_weights_noncommercial',
      'notable-models-open-weights-noncommercial',
      'count',
    ),
    series('notable_models_access_api_access', 'notable-models-api-access', 'count'),
    series('notable_models_access_hosted_access_no_api', 'notable-models-hosted-access', 'count'),
    series('notable_models_access_unreleased', 'notable-models-unreleased', 'count'),
    series('notable_models_access_unknown', 'notable-models-access-unknown', 'count'),
    series('hf_top_model_downloads_share_pct', 'hf-downloads-share', 'percent of downloads'),
    series(
      'github_ai_projects_10stars_share_pct',
      'github-ai-projects-share',
      'percent of GitHub AI projects with >=10 stars',
    ),
    series('github_ai_stars_cumulative', 'github-ai-stars', 'count (cumulative stars)'),
  ]),
  byYear('adoption.csv', [
    series('ai_diffusion_h1_pct', 'ai-diffusion-h1', 'percent'),
    series('ai_diffusion_h2_pct', 'ai-diffusion-h2', 'percent'),
    series('orgs_using_ai_pct', 'organisations-using-ai', 'percent of respondents'),
    series('intentional_ai_use_at_work_pct', 'ai-use-at-work', 'percent of respondents'),
    series('trust_in_ai_at_work_pct', 'ai-trust-at-work', 'percent of respondents'),
  ]),
  byYear('policy.csv', [series('ai_bills_passed_into_law', 'ai-bills-passed', 'count')]),
  {
    file: 'period_values.csv',
    time: 'period',
    editions: AI_INDEX_2026,
    series: [
      series(
        'newly_funded_ai_companies_sum',
        'newly-funded-ai-companies-cumulative',
        'count (sum 2013-25)',
      ),
      series('ai_bills_passed_into_law_sum', 'ai-bills-passed-cumulative', 'count (sum 2016-25)'),
      series(
        'relative_ai_skill_penetration',
        'relative-ai-skill-penetration',
        'ratio to global average',
      ),
      series(
        'ai_talent_concentration_change_pct',
        'ai-talent-concentration-change',
        'percent change, 2019 vs. 2025',
      ),
    ],
  },
]
