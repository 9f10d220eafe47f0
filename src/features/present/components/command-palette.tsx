/**
 * The command palette of presentation mode (`K` or `/`): type to find a region or bloc (by
 * name or alias), a country to highlight, a year, an edition or a weight preset; Enter applies
 * the best match to the slide on screen. The ranking is ../model/palette.ts's.
 */
import { useMemo, useState } from 'react'
import {
  Dialog,
  Input,
  Menu,
  MenuItem,
  Modal,
  ModalOverlay,
  SearchField,
  Autocomplete,
} from 'react-aria-components'
import type { UpdateView, ViewState } from '../../../domain/view'
import { editionSpan } from '../../../lib/years'
import { useMeta } from '../../../queries/meta'
import { paletteItems, searchPalette } from '../model/palette'
import { setPaletteOpen, usePresentStore } from '../present-store'

/** Matches listed at most: the room sees the best few, not the 200 countries. */
const SHOWN = 12

export function CommandPalette({
  view,
  update,
}: {
  readonly view: Pick<ViewState, 'edition'>
  readonly update: UpdateView
}) {
  const open = usePresentStore((s) => s.paletteOpen)
  const meta = useMeta()
  const [query, setQuery] = useState('')
  const items = useMemo(
    () => paletteItems(meta.data, editionSpan(meta.data?.indicators ?? [], view.edition)),
    [meta.data, view.edition],
  )
  const matches = useMemo(() => searchPalette(items, query).slice(0, SHOWN), [items, query])
  const close = (next: boolean) => {
    setPaletteOpen(next)
    if (!next) setQuery('')
  }
  return (
    <ModalOverlay className="modal-overlay" isDismissable isOpen={open} onOpenChange={close}>
      <Modal className="modal modal--palette">
        <Dialog className="dialog" aria-label="Command palette">
          {/* The list is ranked here, not filtered by the widget: Autocomplete only wires the
              field to the list (arrow keys, Enter on the first match). */}
          <Autocomplete inputValue={query} onInputChange={setQuery}>
            <SearchField
              className="palette__search"
              aria-label="Find a region, country, year, edition or weights"
              // eslint-disable-next-line jsx-a11y/no-autofocus -- a palette is a typing surface opened on purpose (K or /)
              autoFocus
            >
              <Input
                className="palette__input"
                placeholder="Region, country, year, edition or weights…"
              />
            </SearchField>
            <Menu
              className="listbox palette__list"
              items={matches}
              onAction={(key) => {
                const item = matches.find((i) => i.id === String(key))
                if (!item) return
                close(false)
                update(item.patch)
              }}
              renderEmptyState={() => <p className="palette__empty">Nothing matches.</p>}
            >
              {(item) => (
                <MenuItem id={item.id} className="listbox__item" textValue={item.label}>
                  {item.label} <span className="palette__section">{item.section}</span>
                </MenuItem>
              )}
            </Menu>
          </Autocomplete>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
