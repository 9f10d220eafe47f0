/** One figure of the Private Investment panel for any view (slides, previews, off-screen renders). */
import { panelFigure } from '../../components/figure/panel-figure'
import { useInvestmentData } from './api/investment-data'
import { INVESTMENT_FIGURES } from './figures'

export const InvestmentFigure = panelFigure(useInvestmentData, INVESTMENT_FIGURES, (m) => m.nameOf)
