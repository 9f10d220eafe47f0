/**
 * "Add as scene" on every figure's menu: the figure, drawn for the view it shows, becomes a
 * scene of the active deck (of "My deck" when the built-in deck is active), its headline the
 * figure's title (editable in the deck).
 */
import type { FigureMenuExtras } from '../../components/figure/figure-actions'
import { serializeView } from '../../domain/url-codec'
import { addScene } from './deck-store'
import { canonicalQuery } from './model/deck'

export const addAsScene: FigureMenuExtras = (figure, view, state) => [
  {
    id: 'add-scene',
    label: 'Add as scene',
    run: () =>
      addScene({
        figure,
        query: canonicalQuery(serializeView(view)),
        headline: state.title.slice(0, 240),
        notes: '',
        key: null,
      }),
  },
]
