/**
 * msw handlers that answer the refresh's requests from recorded responses instead of the
 * publishers: worldbank/<series>.page-<n>.json and owid/<slug>.csv | <slug>.metadata.json under
 * a folder (scripts/refresh/fixtures). The tests serve them through the msw node server, and
 * `npm run data:refresh -- --recorded <dir>` does too, so a demo runs the same code as a live
 * refresh. Like OWID, they refuse a request without a descriptive User-Agent (SOURCES.md).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { http, HttpResponse, type HttpHandler } from 'msw'
import { OWID_GRAPHER } from './owid'
import { WORLD_BANK_API } from './world-bank'

/** The User-Agents OWID answers 403: none, or a library's default. */
const GENERIC_AGENT = /^(|node|undici|python-urllib.*|python-requests.*|curl.*)$/i

export const RECORDINGS_DIR = join('scripts', 'refresh', 'fixtures')

export function recordedHandlers(dir: string): HttpHandler[] {
  return [
    http.get(`${WORLD_BANK_API}/country/all/indicator/:series`, ({ params, request }) => {
      const url = new URL(request.url)
      const page = url.searchParams.get('page') ?? '1'
      const file = join(dir, 'worldbank', `${String(params.series)}.page-${page}.json`)
      if (url.searchParams.get('format') !== 'json' || !existsSync(file)) {
        // The World Bank's own way of refusing a request.
        return HttpResponse.json([
          {
            message: [{ id: '120', key: 'Invalid value', value: 'No recording for this request' }],
          },
        ])
      }
      return new HttpResponse(readFileSync(file, 'utf8'), {
        headers: { 'Content-Type': 'application/json;charset=utf-8' },
      })
    }),
    http.get(`${OWID_GRAPHER}/:file`, ({ params, request }) => {
      if (GENERIC_AGENT.test(request.headers.get('user-agent') ?? '')) {
        return new HttpResponse('Forbidden', { status: 403 })
      }
      const name = String(params.file)
      const file = join(dir, 'owid', name)
      if (!existsSync(file)) return new HttpResponse('Not found', { status: 404 })
      const type = name.endsWith('.json') ? 'application/json' : 'text/csv'
      return new HttpResponse(readFileSync(file, 'utf8'), {
        headers: { 'Content-Type': `${type};charset=utf-8` },
      })
    }),
  ]
}
