// Runs in the browser before the app's own modules: zod must be told not to compile before any schema
// is built (lib/zod-config.ts).
import '@/lib/zod-config'
