/** Addresses of the servers started for the suite (see playwright.config.ts). */
export const HTTP_APP_URL = `http://127.0.0.1:${process.env.E2E_HTTP_APP_PORT ?? 4603}`
export const API_URL = `http://127.0.0.1:${process.env.E2E_API_PORT ?? 4602}`
