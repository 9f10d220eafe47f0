/** The mock service for Vitest: msw/node intercepting fetch, over the same handlers. */
import { setupServer } from 'msw/node'
import { handlers } from './handlers'

export const server = setupServer(...handlers)
