/**
 * A real Node HTTP server in front of the msw handlers: the contract over the network, with
 * CORS, ETag / Cache-Control and gzip, so the HTTP mode of the app is tested for real. Bad
 * requests of every kind (method, request target, a request the parser cannot read) get a
 * problem-details body, never a bare status or a 500. Answers are cached as bytes per request
 * target (see representation-cache.ts): the handlers answer from the URL alone.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { getResponse, type RequestHandler } from 'msw'
import { chooseCoding } from './content-coding'
import { CORS_HEADERS } from './cors'
import { notModified } from './entity-tag'
import { answerUnparsedRequests, problemJson, sendProblem } from './refusals'
import {
  createRepresentationCache,
  type Representation,
  type Resolved,
} from './representation-cache'
import { ALLOW, classify } from './request-target'
import { createTurnQueue } from './turn-queue'

/** Data changes only with a new build of the fixtures: let clients cache briefly, then revalidate. */
const CACHE_CONTROL = 'public, max-age=60, must-revalidate'

/** How a server is set up. */
export interface ApiServerOptions {
  /** Names the data behind the handlers; part of every cache key, so no body of other data is served. */
  readonly datasetVersion: string
  /** Byte budget of the answer cache; 0 turns it off. Defaults to DEFAULT_CACHE_BYTES. */
  readonly cacheBytes?: number
  /** Told each time the handlers resolve a request (a cache miss): for tests and measurements. */
  readonly onResolve?: (target: string) => void
}

/** Creates (does not start) the server. */
export function createApiServer(handlers: RequestHandler[], options: ApiServerOptions): Server {
  const cache = createRepresentationCache(options.cacheBytes)
  const misses = createTurnQueue()
  // Handlers match with a `*` origin, so any origin works; this one is never contacted.
  const origin = 'http://127.0.0.1'

  /**
   * Runs the handlers for a target. They get a GET of the URL and nothing else, so an answer
   * depends on the URL alone and caching it per URL is sound by construction; HEAD is answered
   * as GET minus the body (RFC 9110 §9.3.2).
   */
  async function resolve(target: string): Promise<Resolved> {
    options.onResolve?.(target)
    const response = await getResponse(handlers, new Request(`${origin}${target}`))
    if (!response) {
      const problem = { status: 404, title: 'Not found', detail: `No resource at ${target}.` }
      return { status: 404, contentType: 'application/problem+json', body: problemJson(problem) }
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'application/json',
      body: Buffer.from(await response.arrayBuffer()),
    }
  }

  function send(req: IncomingMessage, res: ServerResponse, rep: Representation) {
    const headers: Record<string, string> = {
      ...CORS_HEADERS,
      'content-type': rep.contentType,
      vary: 'accept-encoding',
      'cache-control': rep.etag === null ? 'no-store' : CACHE_CONTROL,
    }
    if (rep.etag !== null) headers.etag = rep.etag
    // A 304 carries the headers a 200 would (ETag, Vary, Cache-Control), and no body.
    if (rep.etag !== null && notModified(req.headers['if-none-match'], rep.etag)) {
      res.writeHead(304, headers).end()
      return
    }
    if (rep.coding === 'gzip') headers['content-encoding'] = 'gzip'
    headers['content-length'] = String(rep.body.length)
    res.writeHead(rep.status, headers)
    res.end(req.method === 'HEAD' ? undefined : rep.body)
  }

  async function respond(req: IncomingMessage, res: ServerResponse) {
    const verdict = classify({
      method: req.method ?? '',
      target: req.url ?? '',
      httpVersion: req.httpVersion,
      host: req.headers.host,
    })
    if (verdict.kind === 'refuse') {
      sendProblem(req, res, verdict)
      return
    }
    if (verdict.kind === 'preflight') {
      res.writeHead(204, { ...CORS_HEADERS, allow: ALLOW }).end()
      return
    }
    const key = `${options.datasetVersion} ${verdict.target}`
    const identity = await cache.identity(key, () => misses(() => resolve(verdict.target)))
    // Errors go as they are: small, uncached, identity.
    if (identity.etag === null) return send(req, res, identity)
    const coding = chooseCoding(req.headers['accept-encoding'], identity.body.length)
    if (coding === null) {
      sendProblem(req, res, {
        status: 406,
        title: 'Not acceptable',
        detail:
          'Accept-Encoding refuses identity and does not accept gzip, the only codings served.',
      })
      return
    }
    send(req, res, coding === 'gzip' ? await cache.gzip(key, identity) : identity)
  }

  // requireHostHeader off: the missing-Host 400 then gets a problem body like every other.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    respond(req, res).catch((error: unknown) => {
      console.error(error)
      if (res.headersSent) {
        res.destroy()
        return
      }
      sendProblem(req, res, {
        status: 500,
        title: 'Internal error',
        detail: 'The mock service failed.',
      })
    })
  })
  answerUnparsedRequests(server)
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
