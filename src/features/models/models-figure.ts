/** One figure of the Models & Patents panel for any view (slides, previews, off-screen renders). */
import { panelFigure } from '../../components/figure/panel-figure'
import { useModelsData } from './api/models-data'
import { MODELS_FIGURES } from './figures'

export const ModelsFigure = panelFigure(useModelsData, MODELS_FIGURES, (m) => m.nameOf)
