/**
 * `npm run test:e2e`: finds Chromium, builds the app twice (embedded data; HTTP mode pointed
 * at the API server), picks free ports and runs the Playwright suite against real servers.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { findChromium } from '../../scripts/find-chromium.mjs'

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

const chromium = findChromium()
const [appPort, apiPort, httpAppPort] = [await freePort(), await freePort(), await freePort()]
const apiUrl = `http://127.0.0.1:${apiPort}`

{
  const vite = ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']
  execFileSync('node', vite, { stdio: 'inherit', env: { ...process.env, VITE_API_BASE_URL: '' } })
  execFileSync('node', [...vite, '--outDir', 'dist-http'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_API_BASE_URL: apiUrl },
  })
}

const result = spawnSync(
  'node',
  [
    'node_modules/@playwright/test/cli.js',
    'test',
    '-c',
    'tests/e2e/playwright.config.ts',
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      CHROMIUM_PATH: chromium,
      E2E_APP_PORT: String(appPort),
      E2E_API_PORT: String(apiPort),
      E2E_HTTP_APP_PORT: String(httpAppPort),
    },
  },
)
process.exit(result.status ?? 1)
