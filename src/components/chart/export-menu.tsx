/**
 * The Export menu of a chart frame: PNG (1×, 2×, 3840×2160), SVG, CSV, copy image, copy link.
 * Export code (src/lib/export) is loaded on first use, so it stays out of the entry chunk.
 */
import { memo, useState, type RefObject } from 'react'
import { sameData } from '../../lib/same-data'
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import { entityName, useMeta } from '../../queries/meta'
import type { PanelId } from '../../stores/url-codec'
import { useViewStore } from '../../stores/view-store'
import type { ExportTable } from '../../lib/export/types'

type Action = 'png-1x' | 'png-2x' | 'png-4k' | 'svg' | 'csv' | 'copy-image' | 'copy-link'

interface ExportMenuProps {
  readonly figure: RefObject<HTMLElement | null>
  readonly panel: PanelId
  readonly title: string
  readonly unit: string
  readonly source: string
  readonly caveats: readonly string[]
  readonly table: ExportTable
}

const ITEMS: readonly { id: Action; label: string }[] = [
  { id: 'png-1x', label: 'PNG image (1×)' },
  { id: 'png-2x', label: 'PNG image (2×)' },
  { id: 'png-4k', label: 'PNG image (3840×2160)' },
  { id: 'svg', label: 'SVG image' },
  { id: 'csv', label: 'CSV data' },
  { id: 'copy-image', label: 'Copy image' },
  { id: 'copy-link', label: 'Copy link to this view' },
]

/** Re-renders only when what it would export changes: it sits in every chart frame. */
export const ExportMenu = memo(function ExportMenu(props: ExportMenuProps) {
  const meta = useMeta()
  const [status, setStatus] = useState('')
  const run = async (action: Action) => {
    const figure = props.figure.current
    if (!figure) return
    const [fx, dl] = await Promise.all([
      import('../../lib/export/figure-export'),
      import('../../lib/export/download'),
    ])
    const nameOf = (id: string) =>
      meta.data?.editions.find((e) => e.id === id)?.label ?? entityName(meta.data, id)
    const ctx = { ...props, view: useViewStore.getState().view, nameOf }
    const name = dl.slug(props.title)
    switch (action) {
      case 'png-1x':
      case 'png-2x':
      case 'png-4k':
        dl.downloadBlob(await fx.figurePng(figure, ctx, action.slice(4) as '1x'), `${name}.png`)
        break
      case 'svg':
        dl.downloadBlob(
          new Blob([fx.figureSvg(figure, ctx).svg], { type: 'image/svg+xml' }),
          `${name}.svg`,
        )
        break
      case 'csv':
        dl.downloadBlob(new Blob([fx.figureCsv(ctx)], { type: 'text/csv' }), `${name}.csv`)
        break
      case 'copy-image':
        await dl.copyPng(fx.figurePng(figure, ctx, '2x'))
        setStatus('Image copied to the clipboard.')
        return
      case 'copy-link':
        await dl.copyText(fx.viewLink(ctx.view))
        setStatus('Link copied to the clipboard.')
        return
    }
    setStatus(`Exported ${name}.`)
  }
  return (
    <>
      <MenuTrigger>
        <Button className="button button--quiet" aria-label={`Export: ${props.title}`}>
          Export <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="popover" placement="bottom end">
          <Menu
            className="listbox"
            items={ITEMS}
            onAction={(key) => {
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
}, sameData)
