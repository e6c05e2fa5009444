import {
  AgreementKind,
  AgreementStatus,
  AuditAction,
  CaseStudySectionKind,
  ConfirmationState,
  ContributionKind,
  ContributionNature,
  GlobalRole,
  Locale,
  MembershipRole,
  OrganizationKind,
  OutcomeKind,
  PartnershipStatus,
  PartyForm,
  PartyType,
  ProgrammeRole,
  PublicationStatus,
  RatePeriod,
  TerritoryKind,
  TranslationStatus,
  ValuationBasis,
  ValueQualifier,
} from '@/lib/generated/prisma/enums'
import { quantityUnits } from '@/lib/contributions/units'
import { themes } from '@/lib/themes'

/**
 * Every set of values the UI names, by its name in the one `enums` message namespace
 * (lib/i18n/messages/<locale>/enums.json). A Prisma enum is named like its type, first letter lower.
 * Labels live there and nowhere else, so a value reads the same on public pages, in forms and in charts;
 * tests/unit/messages.test.ts fails when a value has no label in some language or is labelled twice.
 * Plain values only (no zod schema module): the language switcher puts this file in every page's
 * browser bundle.
 */
export const labelledEnums = {
  agreementKind: Object.values(AgreementKind),
  agreementStatus: Object.values(AgreementStatus),
  auditAction: Object.values(AuditAction),
  caseStudySectionKind: Object.values(CaseStudySectionKind),
  confirmationState: Object.values(ConfirmationState),
  contributionKind: Object.values(ContributionKind),
  contributionNature: Object.values(ContributionNature),
  globalRole: Object.values(GlobalRole),
  locale: Object.values(Locale),
  membershipRole: Object.values(MembershipRole),
  organizationKind: Object.values(OrganizationKind),
  outcomeKind: Object.values(OutcomeKind),
  partnershipStatus: Object.values(PartnershipStatus),
  partyForm: Object.values(PartyForm),
  partyType: Object.values(PartyType),
  programmeRole: Object.values(ProgrammeRole),
  publicationStatus: Object.values(PublicationStatus),
  quantityUnit: quantityUnits,
  ratePeriod: Object.values(RatePeriod),
  territoryKind: Object.values(TerritoryKind),
  theme: themes,
  translationStatus: Object.values(TranslationStatus),
  valuationBasis: Object.values(ValuationBasis),
  valueQualifier: Object.values(ValueQualifier),
} as const

export type EnumName = keyof typeof labelledEnums
export type EnumValue<N extends EnumName> = (typeof labelledEnums)[N][number]

/** What `useTranslations('enums')` and `await getTranslations('enums')` return, as far as labels need it. */
export type EnumTranslator = (key: string) => string

/**
 * The label of one value in the page's language: `enumLabel(t, 'partyType', row.partyType)` with
 * `t = useTranslations('enums')` in a client component or `await getTranslations('enums')` on the server.
 */
export function enumLabel<N extends EnumName>(t: EnumTranslator, name: N, value: EnumValue<N>): string {
  return t(`${name}.${value}`)
}
