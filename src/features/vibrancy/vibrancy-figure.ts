/** One figure of the AI Vibrancy panel for any view (slides, previews, off-screen renders). */
import { panelFigure } from '../../components/figure/panel-figure'
import { useVibrancyData } from './api/vibrancy-data'
import { VIBRANCY_FIGURES } from './figures'

export const VibrancyFigure = panelFigure(useVibrancyData, VIBRANCY_FIGURES, (m) => m.nameOf)
