/**
 * Colour maths for the palette tests: the custom properties of each theme as a stylesheet
 * declares them, relative luminance and contrast ratio (WCAG 2.x).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** Custom properties of each `[data-theme='…']` block of a stylesheet (light is also `:root`). */
export function themeTokens(path: string): Map<string, Map<string, string>> {
  const css = readFileSync(resolve(process.cwd(), path), 'utf8')
  const result = new Map<string, Map<string, string>>()
  for (const block of css.matchAll(/\[data-theme='([\w-]+)'\]\s*\{([^}]*)\}/g)) {
    const vars = new Map<string, string>()
    for (const decl of (block[2] ?? '').matchAll(/--([\w-]+):\s*([^;]+);/g))
      vars.set(decl[1] ?? '', (decl[2] ?? '').trim())
    result.set(block[1] ?? '', vars)
  }
  return result
}

/** A theme's colour token by name; throws when the theme does not define it. */
export function tokenOf(
  tokens: ReadonlyMap<string, ReadonlyMap<string, string>>,
  theme: string,
): (name: string) => string {
  const vars = tokens.get(theme)
  return (name) => {
    const value = vars?.get(name)
    if (!value) throw new Error(`--${name} is not defined in the ${theme} theme`)
    return value
  }
}

/** Relative luminance of #rgb / #rrggbb (WCAG 2.2, 1.4.3). */
export function luminance(hex: string): number {
  const h = hex.replace('#', '')
  const full = h.length === 3 ? h.replace(/./g, '$&$&') : h
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: ${hex}`)
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}
