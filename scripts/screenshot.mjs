/**
 * Screenshots of the built app for looking at it: `node scripts/screenshot.mjs <url> <out.png>
 * [width] [height] [wait-for selector]`; FULL=1 for the whole page, ELEMENT=<selector> for one element,
 * THEME=light|dark|projector for a theme (a viewer preference, kept in localStorage), SETTLE=ms to wait. Uses Debian's Chromium through playwright-core (no browser download).
 */
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs'

const [url, out, width = '1920', height = '1080', waitFor = 'table'] = process.argv.slice(2)
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [selector]')
  process.exit(2)
}
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS })
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } })
page.on('console', (m) => {
  if (m.type() === 'error') console.error('console:', m.text())
})
if (process.env.THEME)
  await page.addInitScript(
    (t) => window.localStorage.setItem('ai-monitor:theme', t),
    process.env.THEME,
  )
page.on('pageerror', (e) => console.error('pageerror:', e.message))
await page.goto(url)
await page
  .waitForSelector(waitFor, { timeout: 15000 })
  .catch(() => console.error(`no ${waitFor} appeared`))
// Charts draw after their data and code arrive, and only near the viewport: let them settle.
await page.waitForTimeout(Number(process.env.SETTLE ?? 1500))
if (process.env.ELEMENT) await page.locator(process.env.ELEMENT).first().screenshot({ path: out })
else await page.screenshot({ path: out, fullPage: process.env.FULL === '1' })
await browser.close()
console.log(out)
