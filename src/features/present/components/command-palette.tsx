/**
 * The command palette of presentation mode (`K` or `/`): type to pick a country (highlighted),
 * a region or bloc, an edition, or a weight preset of the computed index.
 */
import {
  Autocomplete,
  Collection,
  Dialog,
  Header,
  Input,
  Menu,
  MenuItem,
  MenuSection,
  Modal,
  ModalOverlay,
  SearchField,
  useFilter,
} from 'react-aria-components'
import { useMeta } from '../../../queries/meta'
import { updateView } from '../../../stores/view-store'
import { paletteSections, type PaletteItem } from '../model/palette'
import { setPaletteOpen, usePresentStore } from '../present-store'

export function CommandPalette() {
  const open = usePresentStore((s) => s.paletteOpen)
  const meta = useMeta()
  const { contains } = useFilter({ sensitivity: 'base' })
  const sections = paletteSections(meta.data)
  const choose = (item: PaletteItem | undefined) => {
    if (!item) return
    setPaletteOpen(false)
    updateView(item.patch)
  }
  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable
      isOpen={open}
      onOpenChange={setPaletteOpen}
    >
      <Modal className="modal modal--palette">
        <Dialog className="dialog" aria-label="Command palette">
          <Autocomplete filter={contains}>
            {/* A palette is a typing surface the user opened on purpose (K or /). */}
            <SearchField
              className="palette__search"
              aria-label="Find a country, region, edition or weights"
              // eslint-disable-next-line jsx-a11y/no-autofocus -- see above
              autoFocus
            >
              <Input
                className="palette__input"
                placeholder="Country, region, edition or weights…"
              />
            </SearchField>
            <Menu
              className="listbox palette__list"
              items={sections}
              onAction={(key) =>
                choose(sections.flatMap((s) => s.items).find((i) => i.id === String(key)))
              }
              renderEmptyState={() => <p className="palette__empty">Nothing matches.</p>}
            >
              {(section) => (
                <MenuSection id={section.id}>
                  <Header className="listbox__header">{section.title}</Header>
                  <Collection items={section.items}>
                    {(item) => (
                      <MenuItem id={item.id} className="listbox__item" textValue={item.label}>
                        {item.label}
                      </MenuItem>
                    )}
                  </Collection>
                </MenuSection>
              )}
            </Menu>
          </Autocomplete>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
