/** The claims scorecard figure for any view (slides, previews, off-screen renders). */
import { panelFigure } from '../../components/figure/panel-figure'
import { useClaimsData } from './claims-data'
import { CLAIMS_FIGURES } from './figures'

export const ClaimsFigure = panelFigure(useClaimsData, CLAIMS_FIGURES, (m) => m.nameOf)
