/** Vitest setup: jest-dom matchers, and the msw node server answering every request. */
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { server } from '../../mocks/node'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  cleanup()
})
afterAll(() => server.close())
