import { render, screen, waitFor } from '@testing-library/react'
import { useLayoutEffect, useRef } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { VisibleFirst } from './visible-first'

/** What the page showed at a commit: the wrapped text and its busy mark. */
type Frame = readonly [text: string, busy: string | null]

/**
 * Records the DOM as the user would see it after a commit. Reading the DOM mid-update is the
 * point of these tests, which Testing Library's queries cannot do.
 */
function record(frames: Frame[], wrapper: Element | null | undefined) {
  frames.push([wrapper?.textContent ?? '', wrapper?.getAttribute('aria-busy') ?? null])
}

/** The wrapped content: records each commit in which it renders (the deferred one too). */
function Figure({ value, frames }: { value: string; frames: Frame[] }) {
  const el = useRef<HTMLParagraphElement>(null)
  // eslint-disable-next-line testing-library/no-node-access
  useLayoutEffect(() => record(frames, el.current?.parentElement))
  return <p ref={el}>{value}</p>
}

/** The page: records each of its own (urgent) commits. */
function Page({ value, frames }: { value: string; frames: Frame[] }) {
  const host = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line testing-library/no-node-access
  useLayoutEffect(() => record(frames, host.current?.firstElementChild))
  return (
    <div ref={host}>
      <VisibleFirst>
        <Figure value={value} frames={frames} />
      </VisibleFirst>
    </div>
  )
}

/** An IntersectionObserver that reports every observed element as (not) intersecting. */
function fakeObserver(intersecting: boolean) {
  return class {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      this.callback(
        [{ isIntersecting: intersecting, target } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      )
    }
    disconnect() {}
    unobserve() {}
    takeRecords() {
      return []
    }
  }
}

/** The frames recorded while the page changes from showing 2024 to showing 2025. */
function framesOfChange(): Frame[] {
  const frames: Frame[] = []
  const { rerender } = render(<Page value="2024" frames={frames} />)
  frames.length = 0
  rerender(<Page value="2025" frames={frames} />)
  return frames
}

/** Mounts the page outside act(), flushing only urgent work: what the first paint would show. */
function firstPaint(): { wrapper: Element | null; unmount: () => void } {
  const host = document.createElement('div')
  document.body.append(host)
  const root = createRoot(host)
  const previous = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false
  flushSync(() => root.render(<Page value="2024" frames={[]} />))
  return {
    wrapper: host.firstElementChild?.firstElementChild ?? null,
    unmount: () => {
      root.unmount()
      host.remove()
      ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = previous
    },
  }
}

/** Places every element's box `top` pixels down the page, 100 px tall. */
function boxesAt(top: number) {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    new DOMRect(0, top, 800, 100),
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('VisibleFirst', () => {
  it('without an IntersectionObserver renders in step and is never busy', () => {
    // The figure's commit and the page's: both already the new view.
    expect(framesOfChange()).toEqual([
      ['2025', null],
      ['2025', null],
    ])
  })

  it('on screen renders the new content in the same commit', () => {
    vi.stubGlobal('IntersectionObserver', fakeObserver(true))
    expect(framesOfChange()).toEqual([
      ['2025', null],
      ['2025', null],
    ])
  })

  it('off screen first keeps the old content marked busy, then shows the new content', () => {
    vi.stubGlobal('IntersectionObserver', fakeObserver(false))
    expect(framesOfChange()).toEqual([
      // The urgent commit (only the page renders): the old figures, marked as updating.
      ['2024', 'true'],
      // Then the background render: the new figures, no longer busy.
      ['2025', null],
    ])
    expect(screen.getByText('2025')).toBeInTheDocument()
    expect(screen.queryByText('2024')).toBeNull()
  })

  it('on screen when it first appears: in the first paint', () => {
    vi.stubGlobal('IntersectionObserver', fakeObserver(true))
    boxesAt(300)
    const { wrapper, unmount } = firstPaint()
    expect(wrapper).toHaveTextContent('2024')
    expect(wrapper).not.toHaveAttribute('aria-busy')
    unmount()
  })

  it('off screen when it first appears: busy and a screenful tall at first, drawn right after', async () => {
    vi.stubGlobal('IntersectionObserver', fakeObserver(false))
    boxesAt(2000)
    const { wrapper, unmount } = firstPaint()
    expect(wrapper).toHaveTextContent('')
    expect(wrapper).toHaveAttribute('aria-busy', 'true')
    expect(wrapper).toHaveClass('visible-first--pending')
    await waitFor(() => expect(wrapper).toHaveTextContent('2024'))
    expect(wrapper).not.toHaveAttribute('aria-busy')
    expect(wrapper).not.toHaveClass('visible-first--pending')
    unmount()
  })
})
