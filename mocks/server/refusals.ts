/**
 * Problem-details answers the server writes itself, for what no handler sees: refused methods
 * and targets, 406, and requests Node's parser could not read (or CONNECT), which would
 * otherwise get a bare status line or a hang-up. Every one carries CORS headers and a body.
 */
import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { problemBody } from '../handlers/problem'
import { CORS_HEADERS } from './cors'
import { ALLOW } from './request-target'

/** What goes wrong, as a problem. */
export interface ProblemInfo {
  readonly status: number
  readonly title: string
  readonly detail: string
}

/** The serialised problem-details body. */
export const problemJson = ({ status, title, detail }: ProblemInfo) =>
  Buffer.from(JSON.stringify(problemBody(status, title, detail)))

// 405 and 501 name what is allowed (RFC 9110 §15.5.6 requires Allow on a 405).
const allowFor = (status: number) => (status === 405 || status === 501 ? { allow: ALLOW } : {})

/** Answers a request with a problem (headers only for HEAD). */
export function sendProblem(req: IncomingMessage, res: ServerResponse, problem: ProblemInfo) {
  const body = problemJson(problem)
  res.writeHead(problem.status, {
    ...CORS_HEADERS,
    ...allowFor(problem.status),
    'content-type': 'application/problem+json',
    'cache-control': 'no-store',
    vary: 'accept-encoding',
    'content-length': String(body.length),
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Writes a whole problem response to a socket that has no request object, and closes it. */
function writeRawProblem(socket: Duplex, problem: ProblemInfo) {
  const body = problemJson(problem)
  const headers = {
    ...CORS_HEADERS,
    ...allowFor(problem.status),
    'content-type': 'application/problem+json',
    'cache-control': 'no-store',
    'content-length': String(body.length),
    connection: 'close',
  }
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`)
  const statusLine = `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}\r\n`
  socket.end(`${statusLine}${lines.join('')}\r\n${body.toString()}`)
}

/** Why Node's parser refused a request, as a problem. */
function parserRefusal(code: string | undefined): ProblemInfo {
  if (code === 'HPE_HEADER_OVERFLOW')
    return {
      status: 431,
      title: 'Request header fields too large',
      detail: 'The request line and headers exceed 16 KB.',
    }
  // RFC 9110 §9.1: an unrecognised method is a 501; a known one not allowed here is a 405.
  if (code === 'HPE_INVALID_METHOD')
    return {
      status: 501,
      title: 'Method not implemented',
      detail: `This server does not know that method; use ${ALLOW}.`,
    }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return { status: 408, title: 'Request timeout', detail: 'The request did not arrive in time.' }
  return {
    status: 400,
    title: 'Malformed request',
    detail: 'The request could not be parsed as HTTP/1.1.',
  }
}

/** Answers what never reaches the request listener: parse errors and CONNECT. */
export function answerUnparsedRequests(server: Server) {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) socket.destroy()
    else writeRawProblem(socket, parserRefusal(error.code))
  })
  // CONNECT (authority-form) has its own event; without a listener Node just hangs up.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    writeRawProblem(socket, {
      status: 405,
      title: 'Method not allowed',
      detail: `CONNECT is not supported; use ${ALLOW}.`,
    })
  })
}
