/** The presenter's window: the app's figures, drawn by the presenting feature's presenter view. */
import { FigureRegistryContext } from '../components/figure/figure-registry'
import { PresenterWindow } from '../features/present/components/presenter-window'
import { FIGURE_REGISTRY } from './figures'

export function PresenterApp() {
  return (
    <FigureRegistryContext.Provider value={FIGURE_REGISTRY}>
      <PresenterWindow />
    </FigureRegistryContext.Provider>
  )
}
