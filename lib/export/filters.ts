// The filters of the lists and pages, parsed like form input: the same names in the URL of a page, a
// download (app/api/v1/exports) and the JSON API; the OpenAPI document describes them from here.
import { z } from 'zod'
import { OrganizationKind } from '@/lib/generated/prisma/enums'
import { themes } from '@/lib/themes'

export const territoryCode = z
  .string()
  .regex(/^KG(-[A-Z]{1,2}|\d{11})$/, 'territory must be a territory code, e.g. KG-T or KG07232820000')
export const recordSlug = z.string().regex(/^[a-z0-9-]{1,200}$/, 'a slug is lower-case letters, digits and hyphens')

export const RecordFilters = z.object({
  territory: territoryCode.optional(),
  organization: recordSlug.optional(),
  programme: recordSlug.optional(),
  theme: z.enum(themes).optional(),
  kind: z.enum(OrganizationKind).optional(),
  level: z.enum(['1', '2', '3']).optional(),
})
export type RecordFilters = z.infer<typeof RecordFilters>
