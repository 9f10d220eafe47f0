import { applyTheme, resolveTheme, setTheme, useUiStore } from './ui-store'

describe('themes', () => {
  it.each([
    ['auto', false, 'light'],
    ['auto', true, 'dark'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
    ['projector', true, 'projector'],
  ] as const)('%s (system dark: %s) draws %s', (theme, dark, expected) => {
    expect(resolveTheme(theme, dark)).toBe(expected)
  })

  it('stores the choice and puts it on <html>', () => {
    setTheme('projector')
    expect(useUiStore.getState().theme).toBe('projector')
    expect(window.localStorage.getItem('ai-monitor:theme')).toBe('projector')
    expect(document.documentElement.dataset.theme).toBe('projector')
    setTheme('dark')
    applyTheme()
    expect(document.documentElement.dataset.theme).toBe('dark')
    setTheme('auto')
  })
})
