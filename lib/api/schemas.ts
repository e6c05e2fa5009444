// The JSON of the public API (/api/v1) as zod schemas: the list endpoints build their answers as these
// types, and the OpenAPI document (lib/api/openapi.ts) is generated from them with z.toJSONSchema, so
// the document cannot drift from the code; a test checks real answers against the document.
import { z } from 'zod'
import {
  AgreementKind,
  AgreementStatus,
  ContributionKind,
  DatePrecision,
  OrganizationKind,
  OutcomeKind,
  PartnershipStatus,
  PartyType,
  ProgrammeRole,
  RatePeriod,
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

const territoryFields = {
  code: z.string(),
  level: z.number().int().min(1).max(3),
  kind: z.enum(TerritoryKind),
  names: Text,
  parentCode: nullableString,
}

export const Territory = z.object({ ...territoryFields, url: z.url() }).meta({ id: 'Territory' })

export const ApiError = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).meta({ id: 'Error' })

/** The detail endpoints (memoranda, case studies) give a partial date as a timestamp at midnight UTC. */
export const PartialDateTime = z
  .object({
    date: z.iso.datetime(),
    precision: z.enum(DatePrecision).nullable().meta({ description: 'How much of the date is known.' }),
  })
  .meta({ id: 'PartialDateTime', description: 'A date known to the year, the month or the day, at 00:00 UTC.' })

const displayStatus = z.object({
  kind: z.enum([
    'draft',
    'suspended',
    'terminated',
    'superseded',
    'unknown',
    'noEndDate',
    'active',
    'expiring',
    'expired',
  ]),
  daysLeft: z.number().int().optional(),
  daysAgo: z.number().int().optional(),
})

export const Memorandum = z
  .object({
    id: z.string(),
    kind: z.enum(AgreementKind),
    subject: Text,
    signed: PartialDateTime.nullable(),
    effective: PartialDateTime.nullable(),
    expiry: PartialDateTime.nullable(),
    status: z.enum(AgreementStatus).meta({ description: 'As people recorded it.' }),
    displayStatus: displayStatus.meta({ description: 'As it reads today in Bishkek, with days left or since.' }),
    terminated: z.object({ date: PartialDateTime.nullable(), reason: Text }).nullable(),
    parties: z.array(
      Party.extend({
        signatory: z.object({ name: z.string(), title: nullableString, signed: PartialDateTime.nullable() }).nullable(),
      }),
    ),
    amendments: z.array(z.object({ number: z.number().int(), date: PartialDateTime.nullable(), summary: Text })),
    documents: z.array(
      z.object({
        id: z.string(),
        fileName: z.string(),
        contentType: z.string(),
        byteSize: z.number().int(),
        amendment: z.number().int().nullable(),
        url: z.url(),
      }),
    ),
    renews: nullableString.meta({ description: 'The id of the memorandum this one renews.' }),
    renewedBy: z.array(z.string()),
    confirmedByBoth: z.boolean().meta({ description: 'Every local self-government it names has confirmed it.' }),
    partnership: slugAndTitle.nullable(),
    url: z.url().nullable(),
    sourcePage: z.number().int().nullable(),
  })
  .meta({ id: 'Memorandum', description: 'A memorandum or agreement between the parties of a partnership.' })

const figures = {
  amountKGS: z.number().nullable(),
  amountUSD: z.number().nullable(),
  contributions: z.number().int().meta({ description: 'Ledger lines.' }),
  withAmount: z.number().int().meta({ description: 'Lines whose amount enters the total.' }),
  withheld: z.number().int(),
}

export const TerritoryDetail = z
  .object({
    ...territoryFields,
    childCodes: z.array(z.string()),
    counts: z.object({
      organizations: z.number().int(),
      partnerships: z.number().int(),
      projects: z.number().int(),
      caseStudies: z.number().int(),
      memoranda: z.number().int(),
    }),
    costShare: z.array(
      z.object({
        partyType: z.enum(PartyType),
        ...figures,
        share: z.number().nullable(),
        withoutAmount: z.number().int(),
        excluded: z.number().int(),
      }),
    ),
    costShareTotals: z.object({
      ...figures,
      directKGS: z.number().nullable().meta({ description: 'Of projects placed here and not deeper.' }),
      excluded: z.number().int(),
      unconverted: z.number().int(),
      estimated: z.number().int(),
      estimatedUsd: z.number().int(),
    }),
  })
  .meta({ id: 'TerritoryDetail', description: 'One territory with its public records and their cost-share.' })

const orgWithType = Party.extend({ partyType: z.enum(PartyType) })

export const CaseStudy = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: Text,
    source: z
      .object({
        citation: z.string(),
        title: z.string(),
        year: z.number().int().nullable(),
        pages: z.array(z.number().int().nullable()),
        chapter: z.object({ code: z.string(), name: Text }).nullable(),
      })
      .nullable(),
    organization: z.object({ slug: z.string(), name: Text, kind: z.enum(OrganizationKind) }).nullable(),
    sections: z.record(z.string(), z.array(Text)),
    partnership: z
      .object({
        slug: z.string(),
        title: Text,
        status: z.enum(PartnershipStatus),
        themes: z.array(z.string()),
        period: z.object({ start: PartialDateTime.nullable(), end: PartialDateTime.nullable() }),
        territories: z.array(z.object({ code: z.string(), primary: z.boolean(), name: Text })),
        partners: z.array(orgWithType.extend({ lead: z.boolean(), role: Text })),
        total: z.object(figures),
        projects: z.array(
          z.object({
            id: z.string(),
            title: Text,
            period: nullableString,
            contributions: z.array(
              orgWithType.extend({
                kind: z.enum(ContributionKind),
                nature: z.enum(['COST_SHARE', 'TAX', 'CONDITION']),
                amountWithheld: z.boolean(),
                countsInTotals: z.boolean(),
                amount: z.number().nullable(),
                currency: nullableString,
                valueDate: z.iso.datetime().nullable(),
                valueDateEstimated: z.boolean().nullable(),
                share: z.object({ min: z.number(), max: z.number() }).nullable(),
                quantity: nullableString,
                rate: z.object({ unit: nullableString, period: z.enum(RatePeriod).nullable() }).nullable(),
                pledge: z.boolean(),
                amountKGS: z.number().nullable(),
                amountUSD: z.number().nullable(),
                fx: z
                  .object({
                    rateToKgs: nullableString,
                    usdRateToKgs: nullableString,
                    date: z.iso.datetime().nullable().meta({ description: 'The date of the rate.' }),
                    source: nullableString,
                    estimated: z.boolean(),
                  })
                  .nullable(),
                note: Text,
                sourcePage: z.number().int().nullable(),
              }),
            ),
            outcomes: z.array(
              z.object({
                indicator: Text,
                value: z.number(),
                qualifier: z.enum(ValueQualifier),
                unit: Text,
                kind: z.enum(OutcomeKind),
                note: Text,
                sourcePage: z.number().int().nullable(),
              }),
            ),
          }),
        ),
        agreements: z.array(Memorandum),
      })
      .nullable(),
  })
  .meta({
    id: 'CaseStudy',
    description: 'A case study whole: partners, projects, ledger, outcomes, agreements, sections.',
  })
