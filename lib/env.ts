import { z } from 'zod'

/** `X=` in .env or the environment means "not set". */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema)

/**
 * The IATI export (lib/export/iati.ts, README "IATI export"): who reports, and the prefix of every
 * activity identifier. The defaults are placeholders that say so ("XX-…", type 90 Other): a
 * deployment that publishes to the IATI Registry sets its own organisation identifier from
 * org-id.guide. The prefix is usually that identifier and a hyphen.
 */
const IatiEnv = z.object({
  IATI_REPORTING_ORG_REF: unsetIfEmpty(z.string().trim().min(1).max(200).default('XX-PARTNERSHIP-REGISTRY')),
  IATI_REPORTING_ORG_NAME: unsetIfEmpty(z.string().trim().min(1).max(500).default('Partnership Registry')),
  IATI_REPORTING_ORG_TYPE: unsetIfEmpty(
    z
      .string()
      .regex(/^\d{2}$/, 'an IATI OrganisationType code')
      .default('90'),
  ),
  IATI_IDENTIFIER_PREFIX: unsetIfEmpty(z.string().trim().min(1).max(200).default('XX-PARTNERSHIP-REGISTRY-')),
})
export type IatiConfig = z.infer<typeof IatiEnv>

/** The IATI settings alone (no database needed). */
export function readIatiConfig(source: Record<string, string | undefined> = process.env): IatiConfig {
  const parsed = IatiEnv.safeParse(source)
  if (!parsed.success) throw new Error(`Invalid IATI configuration: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

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
  ...IatiEnv.shape,
})

export type Env = z.infer<typeof Env>

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = Env.safeParse(source)
  if (!parsed.success) throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}
