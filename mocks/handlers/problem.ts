/** RFC 9457 problem-details responses of the mock service. */
import { HttpResponse } from 'msw'
import type { Problem } from '../../src/api/schemas'

/** A problem-details JSON response. */
export function problem(status: number, title: string, detail: string, parameter?: string) {
  const body: Problem = {
    type: `https://ai-monitor.invalid/problems/${status}`,
    title,
    status,
    detail,
    ...(parameter ? { parameter } : {}),
  }
  return HttpResponse.json<Problem>(body, {
    status,
    headers: { 'content-type': 'application/problem+json' },
  })
}
