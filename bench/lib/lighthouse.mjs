/**
 * Lighthouse 12 (Node 20) in its desktop preset and its default mobile preset (simulated
 * throttling): performance and accessibility scores and the main timings, median of `runs`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROMIUM_FLAGS } from '../../scripts/find-chromium.mjs'
import { median, round } from './serve.mjs'

async function once(url, preset, executablePath) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-lh-'))
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: CHROMIUM_FLAGS,
    userDataDir,
  })
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    )
    const lhr = result?.lhr
    if (!lhr) throw new Error('Lighthouse returned no report')
    const audit = (id) => lhr.audits[id]?.numericValue ?? null
    const failedA11y = Object.values(lhr.audits)
      .filter(
        (a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id),
      )
      .map((a) => a.id)
    return {
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      erroredAudits: Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').length,
      failedA11y,
    }
  } finally {
    await chrome.kill()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}

export async function runLighthouse(url, preset, { executablePath, runs = 1 }) {
  const all = []
  for (let i = 0; i < runs; i++) all.push(await once(url, preset, executablePath))
  const med = (k) => median(all.map((r) => r[k]))
  return {
    runs,
    performance: round(med('performance') * 100),
    accessibility: round(med('accessibility') * 100),
    fcp: round(med('fcp')),
    lcp: round(med('lcp')),
    tbt: round(med('tbt')),
    cls: round(med('cls'), 4),
    erroredAudits: Math.max(...all.map((r) => r.erroredAudits)),
    failedA11y: [...new Set(all.flatMap((r) => r.failedA11y))],
  }
}
