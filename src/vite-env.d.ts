/// <reference types="vite/client" />

/** Base URL of a real API ('' = the embedded mock service). Replaced at build time. */
declare const __API_BASE_URL__: string
