import { z } from 'zod'

const Env = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is not set: start the app with `npm run dev` or `npm run start`'),
  DATABASE_REPLICA_URL: z.string().min(1).optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
})

export type Env = z.infer<typeof Env>

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = Env.safeParse(source)
  if (!parsed.success) throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}
