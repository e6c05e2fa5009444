import { z } from 'zod'
import { OrganizationKind } from '@/lib/generated/prisma/enums'
import {
  choice,
  localized,
  optionalEmail,
  optionalId,
  optionalText,
  optionalYear,
  sourceLocale,
  submissionKey,
  version,
} from '@/lib/forms/fields'

export const organizationKinds = Object.values(OrganizationKind) as [OrganizationKind, ...OrganizationKind[]]

const digits = (n: number, key: 'tinFormat' | 'okpoFormat') =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/\s/g, '') || undefined : v),
    z
      .string()
      .regex(new RegExp(`^\\d{${n}}$`), { error: key })
      .optional(),
  )

/** An organization's profile as its form sends it. Contacts and the internal note are never public. */
export const OrganizationFields = z.object({
  name: localized({ required: true, max: 300 }),
  sourceLocale: sourceLocale(),
  kind: choice(organizationKinds),
  homeTerritoryId: optionalId(),
  tin: digits(14, 'tinFormat'),
  okpo: digits(8, 'okpoFormat'),
  foundedYear: optionalYear(),
  contactEmail: optionalEmail(),
  contactPhone: optionalText(60),
  contactAddress: optionalText(300),
  internalNote: optionalText(4000, { multiline: true }),
})

export const CreateOrganizationInput = OrganizationFields.extend({
  ownerOrganizationId: optionalId(),
  submissionKey: submissionKey(),
})
export type CreateOrganizationInput = z.infer<typeof CreateOrganizationInput>

export const UpdateOrganizationInput = OrganizationFields.extend({ version: version() })
export type UpdateOrganizationInput = z.infer<typeof UpdateOrganizationInput>
