/**
 * msw request handlers implementing the v1 contract. The same handlers answer in-process in
 * the browser (the embedded default), in Vitest through msw/node, and behind `npm run api`.
 * Paths start with `*` so they match whatever origin the client uses.
 */
import { http, HttpResponse, type JsonBodyType, type RequestHandler } from 'msw'
import { API_PREFIX } from '../../src/api/endpoints'
import type {
  Problem,
  ClaimsResponse,
  IndicatorResponse,
  MetaResponse,
  PledgesResponse,
  VibrancyResponse,
} from '../../src/api/schemas'
import type { Dataset } from '../service/dataset'
import { createRepository, QueryError } from '../service/repository'
import { parseEdition, parseEntities, parseYear } from './params'
import { problem } from './problem'
import { checkRequestUrl } from './request-url'

const route = (path: string) => `*${API_PREFIX}${path}`

/** Runs a query; a QueryError becomes problem details (400/404). */
function answer<T extends JsonBodyType>(produce: () => T): HttpResponse<T | Problem> {
  try {
    return HttpResponse.json<T | Problem>(produce())
  } catch (error) {
    if (error instanceof QueryError)
      return problem(error.status, error.title, error.message, error.parameter, error.extensions)
    throw error
  }
}

/** Builds the handlers over one dataset (the sourced fixtures, or a benchmark's synthetic set). */
export function createHandlers(dataset: Dataset): RequestHandler[] {
  const repo = createRepository(dataset)
  return [
    // First, so no route's path matching (which decodes the path and throws on a bad escape)
    // ever sees a malformed target: it is a 400 here in every runtime. The predicate hands
    // the problem it found to the resolver as the match's params.
    http.all<{ status: string; title: string; detail: string }>(
      ({ request }) => {
        const found = checkRequestUrl(request.url)
        return found
          ? { matches: true, params: { ...found, status: String(found.status) } }
          : { matches: false, params: { status: '', title: '', detail: '' } }
      },
      ({ params: { status, title, detail } }) => problem(Number(status), title, detail),
    ),

    http.get<never, never, MetaResponse | Problem>(route('/meta'), () => answer(() => repo.meta())),

    http.get<never, never, VibrancyResponse | Problem>(route('/vibrancy'), ({ request }) =>
      answer(() => {
        const params = new URL(request.url).searchParams
        return repo.vibrancy(parseEdition(params), parseYear(params, 'year'))
      }),
    ),

    http.get<{ indicatorId: string }, never, IndicatorResponse | Problem>(
      route('/indicators/:indicatorId'),
      ({ request, params: { indicatorId } }) =>
        answer(() => {
          if (!repo.isIndicatorId(indicatorId))
            throw new QueryError(404, 'Unknown indicator', `No indicator "${indicatorId}".`)
          const params = new URL(request.url).searchParams
          const from = parseYear(params, 'from')
          const to = parseYear(params, 'to')
          if (from !== null && to !== null && from > to)
            throw new QueryError(400, 'Invalid parameter', '"from" must not be after "to".', 'from')
          return repo.indicator(indicatorId, {
            edition: parseEdition(params),
            from,
            to,
            entities: parseEntities(params),
          })
        }),
    ),

    http.get<never, never, PledgesResponse | Problem>(route('/pledges'), () =>
      answer(() => repo.pledges()),
    ),
    http.get<never, never, ClaimsResponse | Problem>(route('/claims'), () =>
      answer(() => repo.claims()),
    ),

    // Anything else under the API prefix is an unknown resource, answered as problem details.
    http.all(route('/*'), ({ request }) =>
      problem(404, 'Not found', `No resource at ${new URL(request.url).pathname}.`),
    ),
  ]
}
