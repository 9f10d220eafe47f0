/**
 * The Export menu of a figure: PNG (1×, 2×, 3840×2160), SVG, CSV, copy image, copy link, and
 * whatever the figure's owner adds (e.g. "Add as scene"). Everything it exports comes in as
 * props (FigureExport, read when an export is chosen); export code (src/lib/export) is loaded
 * on first use, so it stays out of the entry chunk.
 */
import { memo, useState, type RefObject } from 'react'
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import type { FigureExport } from '../../lib/export/types'

type Action = 'png-1x' | 'png-2x' | 'png-4k' | 'svg' | 'csv' | 'copy-image' | 'copy-link'

interface ExportMenuProps {
  readonly figure: RefObject<HTMLElement | null>
  /** The figure's title, which names the button. */
  readonly title: string
  /** What the figure exports now: read when an export is chosen, so the menu need not re-render. */
  readonly info: () => FigureExport
  /** Entries beyond the exports (e.g. "Add as scene"), run by id through `onExtra`. */
  readonly extras?: readonly { readonly id: string; readonly label: string }[] | undefined
  readonly onExtra?: ((id: string) => void) | undefined
}

const NO_EXTRAS: NonNullable<ExportMenuProps['extras']> = []

const ITEMS: readonly { id: Action; label: string }[] = [
  { id: 'png-1x', label: 'PNG image (1×)' },
  { id: 'png-2x', label: 'PNG image (2×)' },
  { id: 'png-4k', label: 'PNG image (3840×2160)' },
  { id: 'svg', label: 'SVG image' },
  { id: 'csv', label: 'CSV data' },
  { id: 'copy-image', label: 'Copy image' },
  { id: 'copy-link', label: 'Copy link to this view' },
]

/**
 * It sits in every figure frame, and react-aria's trigger is not cheap to render: its props are
 * stable (a getter and an id runner), so a filter change re-renders it only when the title or
 * the extra entries change.
 */
export const ExportMenu = memo(function ExportMenu({
  figure,
  title,
  info: current,
  extras = NO_EXTRAS,
  onExtra,
}: ExportMenuProps) {
  const [status, setStatus] = useState('')
  const run = async (action: Action) => {
    const element = figure.current
    if (!element) return
    const info = current()
    const [fx, dl] = await Promise.all([
      import('../../lib/export/figure-export'),
      import('../../lib/export/download'),
    ])
    const name = dl.slug(info.text.title)
    switch (action) {
      case 'png-1x':
      case 'png-2x':
      case 'png-4k':
        dl.downloadBlob(await fx.figurePng(element, info, action.slice(4) as '1x'), `${name}.png`)
        break
      case 'svg':
        dl.downloadBlob(
          new Blob([fx.figureSvg(element, info).svg], { type: 'image/svg+xml' }),
          `${name}.svg`,
        )
        break
      case 'csv':
        dl.downloadBlob(new Blob([fx.figureCsv(info)], { type: 'text/csv' }), `${name}.csv`)
        break
      case 'copy-image':
        await dl.copyPng(fx.figurePng(element, info, '2x'))
        setStatus('Image copied to the clipboard.')
        return
      case 'copy-link':
        await dl.copyText(info.link)
        setStatus('Link copied to the clipboard.')
        return
    }
    setStatus(`Exported ${name}.`)
  }
  const items = [...ITEMS, ...extras.map((e) => ({ id: e.id, label: e.label }))]
  return (
    <>
      <MenuTrigger>
        <Button className="button button--quiet" aria-label={`Export: ${title}`}>
          Export <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="popover" placement="bottom end">
          <Menu
            className="listbox"
            items={items}
            onAction={(key) => {
              if (extras.some((e) => e.id === key)) {
                onExtra?.(String(key))
                return
              }
              run(String(key) as Action).catch((e: unknown) =>
                setStatus(e instanceof Error ? e.message : 'The export failed.'),
              )
            }}
          >
            {(item) => <MenuItem className="listbox__item">{item.label}</MenuItem>}
          </Menu>
        </Popover>
      </MenuTrigger>
      <span role="status" className="chart-frame__status">
        {status}
      </span>
    </>
  )
})
