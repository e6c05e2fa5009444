import { z } from 'zod'

/** `X=` in .env or the environment means "not set". */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema)

const Env = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is not set: start the app with `npm run dev` or `npm run start`'),
  DATABASE_REPLICA_URL: z.string().min(1).optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
  // Accounts (ADR 005): mail for invitation and password reset links; without SMTP_URL the link is
  // shown to the admin instead. APP_URL is the public origin the links point to.
  SMTP_URL: unsetIfEmpty(z.url().optional()),
  SMTP_FROM: unsetIfEmpty(z.string().min(3).optional()),
  APP_URL: unsetIfEmpty(z.url().optional()),
  // Signed scans of memoranda (lib/documents/storage.ts): a folder on this machine by default, or an
  // S3-compatible bucket when S3_BUCKET is set (credentials from S3_* or the SDK's usual chain).
  DOCUMENTS_DIR: unsetIfEmpty(z.string().min(1).optional()),
  S3_BUCKET: unsetIfEmpty(z.string().min(1).optional()),
  S3_ENDPOINT: unsetIfEmpty(z.url().optional()),
  S3_REGION: unsetIfEmpty(z.string().min(1).default('us-east-1')),
  S3_ACCESS_KEY_ID: unsetIfEmpty(z.string().min(1).optional()),
  S3_SECRET_ACCESS_KEY: unsetIfEmpty(z.string().min(1).optional()),
  S3_FORCE_PATH_STYLE: unsetIfEmpty(z.enum(['0', '1', 'true', 'false']).optional()),
  S3_PREFIX: unsetIfEmpty(z.string().default('documents/')),
})

export type Env = z.infer<typeof Env>

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = Env.safeParse(source)
  if (!parsed.success) throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}
