// Runs in the browser before the app's own modules: zod must be told not to compile before any schema
// is built (lib/zod-config.ts) — through its global config object, so that zod itself is not loaded on
// pages that build no schema (lib/zod-preset.ts).
import { presetZodJitless } from '@/lib/zod-preset'

presetZodJitless()
