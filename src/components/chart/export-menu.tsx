/**
 * The Export menu of a figure: PNG (1×, 2×, 3840×2160), SVG, CSV, Excel workbook, copy image,
 * copy link, and whatever the figure's owner adds (e.g. "Add as scene"). Everything it exports
 * comes in as getters, read when an export is chosen (FigureExport, and the chart's renderer
 * and data for the 3840×2160 image, which is drawn off screen at that size); export code (src/lib/export, exceljs) is loaded on
 * first use, so it stays out of the entry chunk.
 */
import { memo, useState, type RefObject } from 'react'
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import type { FigureExport } from '../../lib/export/types'
import type { ChartToDraw } from './chart-to-draw'

type Action = 'png-1x' | 'png-2x' | 'png-4k' | 'svg' | 'csv' | 'xlsx' | 'copy-image' | 'copy-link'

interface ExportMenuProps {
  readonly figure: RefObject<HTMLElement | null>
  /** The figure's title, which names the button. */
  readonly title: string
  /** What the figure exports now: read when an export is chosen, so the menu need not re-render. */
  readonly info: () => FigureExport
  /**
   * The figure's chart now, drawn again at the large image's size (read when chosen); none for
   * a table figure.
   */
  readonly chart?: (() => ChartToDraw | undefined) | undefined
  /** Entries beyond the exports (e.g. "Add as scene"), run by id through `onExtra`. */
  readonly extras?: readonly { readonly id: string; readonly label: string }[] | undefined
  readonly onExtra?: ((id: string) => void) | undefined
}

const NO_EXTRAS: NonNullable<ExportMenuProps['extras']> = []

/** Text scale of the chart in the 3840×2160 image (laid out at 1920×1080, read across a room). */
const LARGE_TEXT_SCALE = 1.25

const ITEMS: readonly { id: Action; label: string }[] = [
  { id: 'png-1x', label: 'PNG image (1×)' },
  { id: 'png-2x', label: 'PNG image (2×)' },
  { id: 'png-4k', label: 'PNG image (3840×2160)' },
  { id: 'svg', label: 'SVG image' },
  { id: 'csv', label: 'CSV data' },
  { id: 'xlsx', label: 'Excel workbook (XLSX)' },
  { id: 'copy-image', label: 'Copy image' },
  { id: 'copy-link', label: 'Copy link to this view' },
]

/**
 * It sits in every figure frame, and react-aria's trigger is not cheap to render: its props are
 * stable (getters and an id runner), so a filter change re-renders it only when the title or
 * the extra entries change.
 */
export const ExportMenu = memo(function ExportMenu({
  figure,
  title,
  info: currentInfo,
  chart: currentChart,
  extras = NO_EXTRAS,
  onExtra,
}: ExportMenuProps) {
  const [status, setStatus] = useState('')
  const run = async (action: Action) => {
    const element = figure.current
    if (!element) return
    const info = currentInfo()
    const chart = currentChart?.()
    const [fx, dl] = await Promise.all([
      import('../../lib/export/figure-export'),
      import('../../lib/export/download'),
    ])
    const name = dl.slug(info.text.title)
    switch (action) {
      case 'png-1x':
      case 'png-2x':
        dl.downloadBlob(await fx.figurePng(element, info, action.slice(4) as '1x'), `${name}.png`)
        break
      case 'png-4k': {
        if (!chart) {
          dl.downloadBlob(await fx.figurePng(element, info, '4k'), `${name}.png`)
          break
        }
        const { withOffscreenChart } = await import('./offscreen-chart')
        const png = await withOffscreenChart(
          chart,
          fx.largeChartBox(info),
          LARGE_TEXT_SCALE,
          (svg) => fx.figurePngLarge(svg, info),
        )
        dl.downloadBlob(png, `${name}.png`)
        break
      }
      case 'svg':
        dl.downloadBlob(
          new Blob([fx.figureSvg(element, info).svg], { type: 'image/svg+xml' }),
          `${name}.svg`,
        )
        break
      case 'csv':
        dl.downloadBlob(
          new Blob([fx.figureCsv(info)], { type: 'text/csv;charset=utf-8' }),
          `${name}.csv`,
        )
        break
      case 'xlsx':
        dl.downloadBlob(await fx.figureXlsx(info), `${name}.xlsx`)
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
