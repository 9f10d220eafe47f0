import { render, screen } from '@testing-library/react'
import { useLayoutEffect, useRef } from 'react'
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

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('VisibleFirst', () => {
  it('without an IntersectionObserver renders in step and is never busy', () => {
    const frames: Frame[] = []
    const { rerender } = render(<Page value="2024" frames={frames} />)
    frames.length = 0
    rerender(<Page value="2025" frames={frames} />)
    // The figure's commit and the page's: both already the new view.
    expect(frames).toEqual([
      ['2025', null],
      ['2025', null],
    ])
  })

  it('on screen renders the new content in the same commit', () => {
    vi.stubGlobal('IntersectionObserver', fakeObserver(true))
    const frames: Frame[] = []
    const { rerender } = render(<Page value="2024" frames={frames} />)
    frames.length = 0
    rerender(<Page value="2025" frames={frames} />)
    expect(frames).toEqual([
      ['2025', null],
      ['2025', null],
    ])
  })

  it('off screen first keeps the old content marked busy, then shows the new content', () => {
    vi.stubGlobal('IntersectionObserver', fakeObserver(false))
    const frames: Frame[] = []
    const { rerender } = render(<Page value="2024" frames={frames} />)
    frames.length = 0
    rerender(<Page value="2025" frames={frames} />)
    expect(frames).toEqual([
      // The urgent commit (only the page renders): the old figures, marked as updating.
      ['2024', 'true'],
      // Then the background render: the new figures, no longer busy.
      ['2025', null],
    ])
    expect(screen.getByText('2025')).toBeInTheDocument()
    expect(screen.queryByText('2024')).toBeNull()
  })
})
