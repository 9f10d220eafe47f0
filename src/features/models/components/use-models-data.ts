/**
 * The queries of the Models & Patents panel. Every series follows the Edition picker, except
 * those one edition alone publishes (cumulative notable models, AI Index 2026; the printed
 * chart values of AI Index 2026; the 2023 world foundation-model count, AI Index 2024): these
 * name their edition wherever they are shown.
 */
import type { InvestmentBasis } from '../model/output-per-dollar'
import { useIndicator } from '../../../queries/indicator'
import { useMeta } from '../../../queries/meta'
import { useClaims } from '../../../queries/pledges'
import { useReferenceData } from '../../../queries/reference'
import { useView } from '../../../stores/view-store'

export function useModelsData(basis: InvestmentBasis) {
  const edition = useView((v) => v.edition)
  const perCapita = useView((v) => v.norm === 'per-capita')
  const meta = useMeta()
  const notable = useIndicator('notable-models', { edition })
  const foundation = useIndicator('foundation-models', { edition })
  const patents = useIndicator('ai-patents-granted', { edition })
  const patentShare = useIndicator('ai-patents-share', { edition })
  const per100k = useIndicator('ai-patents-per-100k', { edition })
  const notableCharts = useIndicator(
    'notable-models',
    { edition: 'aiindex-2026-charts' },
    edition === 'aiindex-2026',
  )
  const modelsCum = useIndicator('notable-models-cumulative', { edition: 'aiindex-2026' })
  const investCum = useIndicator('private-investment-cumulative', { edition: basis })
  const foundation2024 = useIndicator('foundation-models', { edition: 'aiindex-2024' })
  const claims = useClaims()
  const reference = useReferenceData(perCapita)
  return {
    edition,
    meta,
    notable,
    foundation,
    patents,
    patentShare,
    per100k,
    notableCharts,
    modelsCum,
    investCum,
    foundation2024,
    claims,
    population: perCapita ? reference.population : null,
    /** What the panel cannot draw without (the rest degrades section by section). */
    required: [meta, notable, foundation, patents, per100k, ...reference.queries],
  }
}
