/**
 * Finds a Chromium for the end-to-end tests, without ever downloading a browser build:
 * $CHROMIUM_PATH, Debian's /usr/bin/chromium, then an installed Chrome. On Debian as root it
 * installs Debian's chromium package when none is there; elsewhere it says what to install.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/** Flags every launch uses: headless, and no background traffic on a closed network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

function found() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`)
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

function isDebianRoot() {
  return (
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    existsSync('/etc/debian_version') &&
    existsSync('/usr/bin/apt-get')
  )
}

/** The path of a usable Chromium; installs Debian's package when possible and needed. */
export function findChromium({ install = true } = {}) {
  const path = found()
  if (path) return path
  if (install && isDebianRoot()) {
    console.log('No Chromium found: installing Debian’s chromium package (apt-get)…')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', 'chromium', 'fonts-liberation'], {
      stdio: 'inherit',
      env,
    })
    const after = found()
    if (after) return after
  }
  const os = existsSync('/etc/os-release')
    ? readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="(.*)"/)?.[1]
    : process.platform
  throw new Error(
    `No Chromium found for the end-to-end tests (on ${os}). Install Chromium or Google Chrome ` +
      '(Debian/Ubuntu: apt-get install chromium), or set CHROMIUM_PATH to its executable.',
  )
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium())
