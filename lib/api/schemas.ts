// The JSON of the public API (/api/v1) as zod schemas: the list endpoints build their answers as these
// types, and the OpenAPI document (lib/api/openapi.ts) is generated from them with z.toJSONSchema, so
// the document cannot drift from the code; a test checks real answers against the document.
import { z } from 'zod'
import {
  ContributionKind,
  DatePrecision,
  OrganizationKind,
  OutcomeKind,
  PartnershipStatus,
  PartyType,
  ProgrammeRole,
  TerritoryKind,
  ValueQualifier,
} from '@/lib/generated/prisma/enums'
import { lineClasses } from '@/lib/public/totals'

const nullableString = z.string().nullable()

export const Text = z
  .object({ ky: nullableString, ru: nullableString, en: nullableString })
  .meta({ id: 'Text', description: 'Text in Kyrgyz, Russian and English; null where a language has none.' })

export const PartialDate = z
  .object({
    date: z.iso.date(),
    precision: z.enum(DatePrecision).nullable().meta({ description: 'How much of the date is known.' }),
  })
  .meta({ id: 'PartialDate', description: 'A date known to the year, the month or the day.' })

export const Money = z
  .object({
    amount: z.number().meta({ description: 'In major units (som, dollars), two decimals.' }),
    currency: z.string().length(3),
  })
  .meta({ id: 'Money', description: 'An amount; absent (null) when unknown or withheld, never 0 for unknown.' })

export const OrganizationRef = z
  .object({ slug: z.string(), name: Text })
  .meta({ id: 'OrganizationRef', description: 'A published organization.' })

export const PlaceRef = z
  .object({ code: z.string(), level: z.number().int().min(1).max(3), kind: z.enum(TerritoryKind), name: Text })
  .meta({ id: 'PlaceRef', description: 'A territory: code, level (1–3), kind and names.' })

export const Party = z
  .object({
    name: nullableString.meta({
      description: "The source's words; null when they would name an unpublished organization.",
    }),
    organization: OrganizationRef.nullable(),
  })
  .meta({ id: 'Party' })

const slugAndTitle = z.object({ slug: z.string(), title: Text })

export const Contribution = z
  .object({
    id: z.string(),
    party: Party,
    partyType: z.enum(PartyType),
    kind: z.enum(ContributionKind),
    nature: z.enum(['COST_SHARE', 'TAX', 'CONDITION']),
    withheld: z.boolean().meta({ description: 'Its organization keeps the amount private: every figure is null.' }),
    amount: Money.nullable(),
    amountKGS: z.number().nullable(),
    amountUSD: z.number().nullable(),
    valueDate: PartialDate.nullable(),
    pledge: z.boolean(),
    counted: z.enum(lineClasses).meta({ description: 'How the line enters the totals, or why it does not.' }),
    fromGrant: z.boolean(),
  })
  .meta({ id: 'Contribution' })

export const Outcome = z
  .object({
    id: z.string(),
    indicator: Text,
    value: z.number(),
    qualifier: z.enum(ValueQualifier),
    unit: Text.nullable(),
    kind: z.enum(OutcomeKind),
    date: PartialDate.nullable(),
  })
  .meta({ id: 'Outcome' })

export const Grant = z
  .object({
    id: z.string(),
    title: Text.nullable(),
    funder: OrganizationRef.nullable(),
    recipient: OrganizationRef.nullable(),
    amount: Money.nullable(),
    withheld: z.boolean(),
    start: PartialDate.nullable(),
    end: PartialDate.nullable(),
  })
  .meta({ id: 'Grant' })

export const Project = z
  .object({
    id: z.string(),
    title: Text,
    description: Text.nullable(),
    start: PartialDate.nullable(),
    end: PartialDate.nullable(),
    periodAsReported: nullableString,
    partnership: slugAndTitle.nullable(),
    programme: slugAndTitle.nullable(),
    places: z.array(PlaceRef),
    contributions: z.array(Contribution),
    outcomes: z.array(Outcome),
    grants: z.array(Grant),
    url: z.url(),
  })
  .meta({ id: 'Project', description: 'A public project with its public ledger lines, outcomes and grants.' })

export const Organization = z
  .object({
    slug: z.string(),
    kind: z.enum(OrganizationKind),
    name: Text,
    foundedYear: z.number().int().nullable(),
    homeTerritory: PlaceRef.nullable(),
    governsTerritory: PlaceRef.nullable(),
    url: z.url(),
  })
  .meta({ id: 'Organization' })

export const Partnership = z
  .object({
    slug: z.string(),
    title: Text,
    summary: Text.nullable(),
    status: z.enum(PartnershipStatus),
    start: PartialDate.nullable(),
    end: PartialDate.nullable(),
    themes: z.array(z.string()),
    parties: z.array(Party.extend({ partyType: z.enum(PartyType), isLead: z.boolean() })),
    places: z.array(PlaceRef),
    url: z.url(),
  })
  .meta({ id: 'Partnership' })

export const Programme = z
  .object({
    slug: z.string(),
    title: Text,
    description: Text.nullable(),
    start: PartialDate.nullable(),
    end: PartialDate.nullable(),
    budget: Money.nullable(),
    themes: z.array(z.string()),
    parties: z.array(z.object({ organization: OrganizationRef, role: z.enum(ProgrammeRole) })),
    places: z.array(PlaceRef),
    url: z.url(),
  })
  .meta({ id: 'Programme' })

export const ListedCaseStudy = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: Text,
    territoryCodes: z.array(z.string()),
    themes: z.array(z.string()),
    url: z.url(),
  })
  .meta({ id: 'ListedCaseStudy' })

export const Territory = z
  .object({
    code: z.string(),
    level: z.number().int().min(1).max(3),
    kind: z.enum(TerritoryKind),
    names: Text,
    parentCode: nullableString,
    url: z.url(),
  })
  .meta({ id: 'Territory' })

export const ApiError = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).meta({ id: 'Error' })
