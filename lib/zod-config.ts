import { z } from 'zod'

// zod compiles object parsers with `new Function` when it may, and merely probing for that is a CSP
// violation on pages whose policy has no 'unsafe-eval' (all of ours: ADR 009). The setting is read when
// a schema is built, so every module that builds one in the browser imports this first, and
// instrumentation-client.ts loads it before any page code.
z.config({ jitless: true })
