/** RFC 9457 problem-details responses of the mock service. */
import { HttpResponse } from 'msw'
import type { Problem } from '../../src/api/schemas'

/** Extension members (RFC 9457 §3.2), e.g. the limit a request went over. */
export type ProblemExtensions = Readonly<Record<string, number | string>>

/** The problem-details body; also written by the HTTP server for errors no handler sees. */
export function problemBody(
  status: number,
  title: string,
  detail: string,
  parameter?: string,
  extensions: ProblemExtensions = {},
): Problem & ProblemExtensions {
  return {
    ...extensions,
    type: `https://ai-monitor.invalid/problems/${status}`,
    title,
    status,
    detail,
    ...(parameter ? { parameter } : {}),
  }
}

/** A problem-details JSON response. */
export function problem(
  status: number,
  title: string,
  detail: string,
  parameter?: string,
  extensions?: ProblemExtensions,
) {
  return HttpResponse.json<Problem>(problemBody(status, title, detail, parameter, extensions), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  })
}
