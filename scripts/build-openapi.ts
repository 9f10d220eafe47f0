/** `npm run openapi`: writes docs/openapi.json from the zod schemas. */
import { writeFileSync } from 'node:fs'
import { renderOpenApi } from './openapi'

writeFileSync(new URL('../docs/openapi.json', import.meta.url), renderOpenApi())
console.log('docs/openapi.json written')
