/**
 * The scale run's API: the same handlers and HTTP server as `npm run api`, over the seeded
 * synthetic dataset. Listens on a free port and prints one JSON line: {"port": …, …counts}.
 * Started only by bench/run.mjs, for a build made for it (the normal app never sees it).
 */
import { createHandlers } from '../mocks/handlers/index'
import { createApiServer, listen } from '../mocks/server/create-server'
import { datasetVersion } from '../mocks/server/dataset-version'
import { createSyntheticDataset, describeDataset } from './synthetic-dataset'

const dataset = createSyntheticDataset()
const server = createApiServer(createHandlers(dataset), { datasetVersion: datasetVersion(dataset) })
const port = await listen(server, 0)
console.log(JSON.stringify({ port, ...describeDataset(dataset) }))
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)))
