/** Which quoted claims the Research & talent panel shows, and beside which figures. */
import { createRepository } from '../../../../mocks/service/repository'
import { sourcedDataset } from '../../../../mocks/service/sourced-dataset'
import { DEFAULT_VIEW } from '../../../domain/view'
import { citationClaims, publicationClaims } from '../figures'
import { buildResearchModel, isCitationClaim, isResearchClaim } from './research-view'

const claims = createRepository(sourcedDataset).claims().claims

describe('the panel’s quoted claims', () => {
  it('are the two claims on publications and citations, both unverified', () => {
    expect(claims.filter(isResearchClaim).map((c) => [c.id, c.status])).toEqual([
      ['cn_leads_ai_publications_2023', 'unverified'],
      ['cn_leads_ai_citations_2023', 'unverified'],
    ])
    expect(claims.filter(isCitationClaim).map((c) => c.id)).toEqual(['cn_leads_ai_citations_2023'])
  })

  it('sit beside the publication figures and the citation figures, one list each', () => {
    const none = {
      shares: undefined,
      topCited: undefined,
      jobPostings: undefined,
      authors: undefined,
      concentration: undefined,
      migration: undefined,
    }
    const gvt = {
      journalPublications: undefined,
      conferencePublications: undefined,
      repositoryPublications: undefined,
      journalCitations: undefined,
      conferenceCitations: undefined,
      repositoryCitations: undefined,
    }
    const m = buildResearchModel({ meta: undefined, aiIndex: none, gvt, claims }, DEFAULT_VIEW)
    expect(publicationClaims(m)?.map((c) => c.id)).toEqual(['cn_leads_ai_publications_2023'])
    expect(citationClaims(m)?.map((c) => c.id)).toEqual(['cn_leads_ai_citations_2023'])
    // Not loaded yet: null, not an empty list.
    const loading = buildResearchModel(
      { meta: undefined, aiIndex: none, gvt, claims: undefined },
      DEFAULT_VIEW,
    )
    expect(publicationClaims(loading)).toBeNull()
    expect(m.aiIndex.shares).toBeNull()
  })
})
