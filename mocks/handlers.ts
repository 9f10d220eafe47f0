/** The handlers over the sourced fixtures: what the embedded app, Vitest and `npm run api` serve. */
import { createHandlers } from './handlers/index'
import { sourcedDataset } from './service/sourced-dataset'

export const handlers = createHandlers(sourcedDataset)
