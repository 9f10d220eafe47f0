import { act, waitFor } from '@testing-library/react'
import { useLayoutEffect } from 'react'
import { updateView, useViewStore } from '../../../stores/view-store'
import { renderWithApp } from '../../../test/render-app'
import { useVibrancyData } from './vibrancy-data'

/** What one commit showed: the countries in view, those the index was computed for, and its flag. */
interface Commit {
  readonly inView: string
  readonly indexFor: string | null
  readonly updating: boolean
}

/** Records every commit of the panel's model for the store's view. */
function Probe({ commits }: { readonly commits: Commit[] }) {
  const view = useViewStore((s) => s.view)
  const m = useVibrancyData(view).model
  useLayoutEffect(() => {
    commits.push({
      inView: m.inView.join(),
      indexFor: m.index ? m.index.inView.join() : null,
      updating: m.indexUpdating,
    })
  })
  return null
}

describe('useVibrancyData', () => {
  it('draws the new scope at once and says the index is updating until it catches up', async () => {
    const commits: Commit[] = []
    renderWithApp(<Probe commits={commits} />)
    await waitFor(() => {
      const last = commits.at(-1)
      expect(last?.indexFor).toBeTruthy()
      expect(last?.updating).toBe(false)
    })
    const world = commits.at(-1)?.inView
    commits.length = 0
    act(() => updateView({ region: 'g7' }))
    await waitFor(() => expect(commits.at(-1)?.updating).toBe(false))
    const g7 = commits.at(-1)?.inView ?? ''
    expect(g7.split(',').sort()).toEqual(['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA'])
    // The countries in view follow the filter from the first commit on: never the world's.
    expect(commits.map((c) => c.inView)).toEqual(commits.map(() => g7))
    // The index is computed for the world in the urgent commit, and says so; then for the G7.
    expect(commits[0]).toEqual({ inView: g7, indexFor: world, updating: true })
    for (const c of commits) expect(c.updating).toBe(c.indexFor !== c.inView)
    expect(commits.at(-1)?.indexFor).toBe(g7)
  })
})
