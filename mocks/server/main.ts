/**
 * `npm run api`: serves the contract over HTTP on 127.0.0.1:$PORT (default 8787; 0 = any free
 * port, as printed). API_CACHE_BYTES sets the answer cache's budget (0 = off, for measuring
 * the uncached path).
 */
import { handlers } from '../handlers'
import { sourcedDataset } from '../service/sourced-dataset'
import { createApiServer, listen } from './create-server'
import { datasetVersion } from './dataset-version'
import { DEFAULT_CACHE_BYTES } from './representation-cache'

function intFromEnv(name: string, fallback: number, max: number): number {
  const raw = process.env[name]
  const value = raw === undefined || raw === '' ? fallback : Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > max) {
    console.error(`${name} must be an integer from 0 to ${max}, not "${raw ?? ''}"`)
    process.exit(2)
  }
  return value
}

const requested = intFromEnv('PORT', 8787, 65535)
const cacheBytes = intFromEnv('API_CACHE_BYTES', DEFAULT_CACHE_BYTES, 2 ** 32)
const server = createApiServer(handlers, {
  datasetVersion: datasetVersion(sourcedDataset),
  cacheBytes,
})
const port = await listen(server, requested)
console.log(`AI Monitor API listening on http://127.0.0.1:${port}/api/v1 (embedded, sourced data)`)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)))
