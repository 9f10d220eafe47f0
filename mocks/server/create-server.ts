/**
 * A real Node HTTP server in front of the msw handlers: the contract over the network, with
 * CORS, ETag / Cache-Control and gzip, so the HTTP mode of the app is tested for real.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import { getResponse, type RequestHandler } from 'msw'

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'accept, content-type, if-none-match',
  'access-control-expose-headers': 'etag',
  'access-control-max-age': '600',
} as const

/** Data changes only with a new build of the fixtures: let clients cache briefly, then revalidate. */
const CACHE_CONTROL = 'public, max-age=60, must-revalidate'

function toFetchRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers))
    if (typeof value === 'string') headers.set(name, value)
  // HEAD is answered as GET minus the body (RFC 9110 §9.3.2): the handlers know only GET.
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET')
  return new Request(new URL(req.url ?? '/', origin), { method, headers })
}

async function respond(
  req: IncomingMessage,
  res: ServerResponse,
  handlers: RequestHandler[],
  origin: string,
) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS_HEADERS).end()
    return
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...CORS_HEADERS, allow: 'GET, HEAD, OPTIONS' }).end()
    return
  }
  const response = await getResponse(handlers, toFetchRequest(req, origin))
  const status = response?.status ?? 404
  const body = response
    ? Buffer.from(await response.arrayBuffer())
    : Buffer.from(
        JSON.stringify({
          type: 'about:blank',
          title: 'Not found',
          status: 404,
          detail: `No resource at ${req.url ?? '/'}.`,
        }),
      )
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'content-type': response?.headers.get('content-type') ?? 'application/problem+json',
    vary: 'accept-encoding',
  }
  if (status === 200) {
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
    headers.etag = etag
    headers['cache-control'] = CACHE_CONTROL
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end()
      return
    }
  } else headers['cache-control'] = 'no-store'
  const gzip =
    /\bgzip\b/.test([req.headers['accept-encoding'] ?? ''].flat().join(',')) && body.length > 512
  const payload = gzip ? gzipSync(body) : body
  if (gzip) headers['content-encoding'] = 'gzip'
  headers['content-length'] = String(payload.length)
  res.writeHead(status, headers)
  res.end(req.method === 'HEAD' ? undefined : payload)
}

/** Creates (does not start) the server. */
export function createApiServer(handlers: RequestHandler[]): Server {
  const server = createServer((req, res) => {
    const address = server.address()
    const origin = `http://${typeof address === 'object' && address ? `127.0.0.1:${address.port}` : '127.0.0.1'}`
    respond(req, res, handlers, origin).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent)
        res.writeHead(500, { ...CORS_HEADERS, 'content-type': 'application/problem+json' })
      res.end(
        JSON.stringify({
          type: 'about:blank',
          title: 'Internal error',
          status: 500,
          detail: 'The mock service failed.',
        }),
      )
    })
  })
  return server
}

/** Starts a server on 127.0.0.1 and resolves with its port (0 = any free port). */
export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })
}
