/**
 * zod, configured once for the whole app. jitless: zod would otherwise compile fast
 * parsers with `new Function`, which the production Content-Security-Policy (no eval) forbids.
 */
import { z } from 'zod'

z.config({ jitless: true })

export { z }
