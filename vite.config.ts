/// <reference types="vitest/config" />
import optimizeLocales from '@react-aria/optimize-locales-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { mswWithoutCookieJar } from './mocks/cookie-store-plugin'

/**
 * A strict Content-Security-Policy for production builds only (the dev server needs inline
 * scripts for hot reload). No inline or eval'd script; connections only to this origin or the
 * configured API.
 */
function contentSecurityPolicy(apiBaseUrl: string): Plugin {
  const connect = ["'self'", apiBaseUrl ? new URL(apiBaseUrl).origin : ''].filter(Boolean).join(' ')
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    // React and recharts set style attributes through the CSSOM; inline <style> is not used.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ')
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const apiBaseUrl = (process.env.VITE_API_BASE_URL ?? env.VITE_API_BASE_URL ?? '').replace(
    /\/+$/,
    '',
  )
  return {
    plugins: [
      react(),
      // The UI is in English: react-aria's built-in strings for ~30 other languages would only
      // weigh on the entry chunk's start-up (evaluated on every load). Other locales fall back
      // to English.
      optimizeLocales.vite({ locales: ['en'] }),
      contentSecurityPolicy(apiBaseUrl),
      mswWithoutCookieJar(),
    ],
    define: { __API_BASE_URL__: JSON.stringify(apiBaseUrl) },
    build: {
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: true,
      chunkSizeWarningLimit: 800,
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: [
        'src/**/*.test.{ts,tsx}',
        'mocks/**/*.test.{ts,tsx}',
        'scripts/**/*.test.ts',
        'tests/unit/**/*.test.{ts,tsx}',
      ],
      testTimeout: 20_000,
      pool: 'threads',
    },
  }
})
