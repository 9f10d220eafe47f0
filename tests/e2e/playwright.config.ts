/**
 * Playwright against Debian's Chromium (never a downloaded browser). Three real servers:
 * the embedded build, the API server (`npm run api`) and the build that talks to it over HTTP.
 * Ports come from tests/e2e/run.mjs.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_FLAGS } from '../../scripts/find-chromium.mjs'

const appPort = Number(process.env.E2E_APP_PORT ?? 4601)
const apiPort = Number(process.env.E2E_API_PORT ?? 4602)
const httpAppPort = Number(process.env.E2E_HTTP_APP_PORT ?? 4603)
const root = fileURLToPath(new URL('../..', import.meta.url))
const preview = (dir: string, port: number) =>
  `node node_modules/vite/bin/vite.js preview --outDir ${dir} --host 127.0.0.1 --port ${port} --strictPort`

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 8_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Playwright adds --headless and a fresh temporary profile itself.
      args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: preview('dist', appPort),
      url: `http://127.0.0.1:${appPort}/`,
      reuseExistingServer: false,
      cwd: root,
      timeout: 60_000,
    },
    {
      command: 'node node_modules/tsx/dist/cli.mjs mocks/server/main.ts',
      env: { PORT: String(apiPort) },
      url: `http://127.0.0.1:${apiPort}/api/v1/meta`,
      reuseExistingServer: false,
      cwd: root,
      timeout: 60_000,
    },
    {
      command: preview('dist-http', httpAppPort),
      url: `http://127.0.0.1:${httpAppPort}/`,
      reuseExistingServer: false,
      cwd: root,
      timeout: 60_000,
    },
  ],
})
