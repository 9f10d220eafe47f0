/** One figure of the Research & talent panel for any view (slides, previews, off-screen renders). */
import { panelFigure } from '../../components/figure/panel-figure'
import { useResearchData } from './api/research-data'
import { RESEARCH_FIGURES } from './figures'

export const ResearchFigure = panelFigure(useResearchData, RESEARCH_FIGURES, (m) => m.nameOf)
