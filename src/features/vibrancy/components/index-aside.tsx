/** Beside the computed index: its weights, the cross-check against the published ranks, the method. */
import type { UpdateView, ViewState } from '../../../domain/view'
import type { VibrancyModel } from '../model/vibrancy-view'
import { MethodDisclosure } from './method-disclosure'
import { WeightsControl } from './weights-control'

interface Props {
  readonly model: VibrancyModel
  readonly weights: ViewState['weights']
  readonly update: UpdateView
}

export function IndexAside({ model: m, weights, update }: Props) {
  return (
    <div className="vib-index__aside">
      <WeightsControl
        urlWeights={weights}
        update={update}
        inputs={m.index ? m.index.used.map((u) => u.id) : null}
      />
      {m.crossCheck ? (
        <p className="vib-crosscheck" role="status" aria-label="Cross-check">
          {m.crossCheck.reading}
        </p>
      ) : null}
      {m.index ? (
        <MethodDisclosure
          used={m.index.used}
          raw={m.index.raw}
          countries={m.index.inView}
          perCapita={m.index.perCapita}
          editionLabel={m.editionLabel}
        />
      ) : null}
    </div>
  )
}
