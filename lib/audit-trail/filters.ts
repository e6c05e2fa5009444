import { z } from 'zod'

export const auditActions = ['CREATE', 'UPDATE', 'DELETE', 'PUBLISH', 'UNPUBLISH'] as const

/** Entities the trail records, with the manage page of a record where there is one. */
export const auditEntities = {
  Organization: (id: string) => `/manage/organizations/${id}`,
  Partnership: (id: string) => `/manage/partnerships/${id}`,
  Project: (id: string) => `/manage/projects/${id}`,
  Contribution: (id: string) => `/manage/contributions/${id}/edit`,
  Outcome: (id: string) => `/manage/outcomes/${id}/edit`,
  Grant: (id: string) => `/manage/grants/${id}`,
  Programme: (id: string) => `/manage/programmes/${id}`,
  CaseStudy: (id: string) => `/manage/case-studies/${id}`,
  User: (id: string) => `/manage/users/${id}`,
  Membership: null,
  Invitation: null,
  Agreement: (id: string) => `/manage/memoranda/${id}`,
  Confirmation: null,
  Document: null,
  CalendarToken: null,
  Territory: null,
  ExchangeRate: null,
} as const satisfies Record<string, ((id: string) => string) | null>
export type AuditEntity = keyof typeof auditEntities
const entityNames = Object.keys(auditEntities) as [AuditEntity, ...AuditEntity[]]

export const AUDIT_PAGE_SIZE = 50

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v)
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)))
/** A value that is missing or not valid is no filter (as on the public browser): the page still answers. */
const lenient = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (one(v) === '' ? undefined : one(v)), schema.optional()).catch(undefined)

/** The audit page's filters, from the URL. */
export const AuditFilters = z.object({
  organization: lenient(z.string().regex(/^c[a-z0-9]{24}$/)),
  entity: lenient(z.enum(entityNames)),
  action: lenient(z.enum(auditActions)),
  from: lenient(day),
  to: lenient(day),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(100_000)).catch(1),
})
export type AuditFilters = z.infer<typeof AuditFilters>

export function parseAuditFilters(raw: Record<string, unknown>): AuditFilters {
  return AuditFilters.parse(raw)
}
