/** `npm run api`: serves the contract over HTTP on 127.0.0.1:$PORT (default 8787). */
import { handlers } from '../handlers'
import { createApiServer, listen } from './create-server'

const requested = Number(process.env.PORT ?? 8787)
if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT ?? ''}"`)
  process.exit(2)
}
const server = createApiServer(handlers)
const port = await listen(server, requested)
console.log(`AI Monitor API listening on http://127.0.0.1:${port}/api/v1 (embedded, sourced data)`)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)))
