/**
 * Test support for the server tests: starts a server on 127.0.0.1 and a free port with msw's
 * interception paused (so requests really cross the network stack), and two clients, node:http
 * for ordinary requests and a raw socket for request lines node:http refuses to send.
 */
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http'
import { connect } from 'node:net'
import { gunzipSync } from 'node:zlib'
import type { RequestHandler } from 'msw'
import { server as mswServer } from '../node'
import { createApiServer, listen, type ApiServerOptions } from './create-server'

/** A response as it came off the wire. */
export interface Answer {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly raw: Buffer
}

/** The JSON of a body, gunzipped when it says so. */
export const json = (a: Answer): unknown =>
  JSON.parse((a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.raw) : a.raw).toString())

// msw's interception is paused while any test server runs (a file may start more than one).
let running = 0

/** Registers beforeAll / afterAll that run a server over `handlers`; read `port` inside tests. */
export function useTestServer(
  handlers: RequestHandler[],
  options: ApiServerOptions = { datasetVersion: 'test' },
) {
  const state = { port: 0, server: null as Server | null }
  beforeAll(async () => {
    if (running++ === 0) mswServer.close()
    state.server = createApiServer(handlers, options)
    state.port = await listen(state.server, 0)
  })
  afterAll(async () => {
    await new Promise((resolve) => state.server?.close(resolve))
    if (--running === 0) mswServer.listen({ onUnhandledRequest: 'error' })
  })

  /** One request with node:http. */
  function send(
    path: string,
    { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
  ) {
    return new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: state.port, path, method, headers },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              raw: Buffer.concat(chunks),
            }),
          )
        },
      )
      req.on('error', reject)
      req.end()
    })
  }

  /**
   * Writes `head` (a request line and headers, CRLF-terminated) on a raw socket and parses the
   * one response that comes back (status, headers, body up to Content-Length).
   */
  function sendRaw(head: string | Buffer) {
    return new Promise<Answer>((resolve, reject) => {
      const socket = connect(state.port, '127.0.0.1', () => socket.end(head))
      const chunks: Buffer[] = []
      socket.on('data', (c: Buffer) => chunks.push(c))
      socket.on('error', reject)
      socket.on('close', () => {
        const all = Buffer.concat(chunks)
        const end = all.indexOf('\r\n\r\n')
        const [statusLine = '', ...lines] = all.subarray(0, end).toString('latin1').split('\r\n')
        const headers: IncomingHttpHeaders = {}
        for (const line of lines) {
          const colon = line.indexOf(':')
          headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
        }
        const length = Number(headers['content-length'] ?? 0)
        resolve({
          status: Number(statusLine.split(' ')[1] ?? 0),
          headers,
          raw: all.subarray(end + 4, end + 4 + length),
        })
      })
    })
  }

  return { state, send, sendRaw }
}
