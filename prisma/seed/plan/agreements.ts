// A case's agreements and memoranda, with their parties as the source names them.
import type { AgreementKind, OrganizationKind, PartyType } from '@/lib/generated/prisma/enums'
import { parsePartialDate } from '@/lib/dates'
import { partyTypeOfKind } from '@/lib/organizations/kinds'
import { stableId } from '../ids'
import type { CasebookCase } from '../load'
import type { CaseContext, CasebookRows } from './casebook'
import type { ResolvedParty } from './organizations'
import type { PlannedPartnership } from './partnerships'
import { caseTexts } from './translations'

const agreementKind: Record<CasebookCase['agreements'][number]['kind'], AgreementKind> = {
  memorandum_of_understanding: 'MEMORANDUM_OF_UNDERSTANDING',
  memorandum_of_cooperation: 'MEMORANDUM_OF_COOPERATION',
  memorandum_of_agreement: 'MEMORANDUM_OF_AGREEMENT',
  partnership_agreement: 'PARTNERSHIP_AGREEMENT',
  teaming_agreement: 'TEAMING_AGREEMENT',
  other: 'OTHER',
}

export function planAgreements(c: CasebookCase, partnership: PlannedPartnership, ctx: CaseContext, rows: CasebookRows) {
  const { problems, handbookId, common } = ctx
  const { resolveParty, orgKindById } = ctx.parties
  const { agreements, agreementParties } = rows
  const { key, partnershipId } = partnership
  const { text } = caseTexts(c, ctx.translations, rows.textTranslations)
  c.agreements.forEach((a, ai) => {
    const agreementId = stableId(`${key}/a${ai}`)
    const signed = parsePartialDate(a.date)
    agreements.push({
      id: agreementId,
      partnershipId,
      kind: agreementKind[a.kind],
      subject: text({ entity: 'Agreement', entityId: agreementId, field: 'subject' }, `/agreements/${ai}/subject`),
      sourceLocale: 'en',
      signedDate: signed?.date ?? null,
      signedPrecision: signed?.precision ?? null,
      effectiveDate: null,
      effectivePrecision: null,
      expiryDate: null,
      expiryPrecision: null,
      status: 'UNKNOWN',
      documentRef: null,
      renewsAgreementId: null,
      sourceDocumentId: handbookId,
      sourcePage: a.page,
      externalKey: `${key}/a${ai}`,
      ...common,
    })
    // One row per party as the source reports it. A name the crosswalk reads as a group ("Project partners
    // incl. Balykchy City Administration and RCE") stays one party: it is not one organization, so it links
    // none, and it has a party type only when all its members share one.
    const linked = new Set<string>()
    a.parties.forEach((name, i) => {
      const r = resolveParty(c.id, name)
      if (!r) return
      const organizationId = r.form === 'ORGANIZATION' ? r.organizationIds[0] : null
      if (organizationId && linked.has(organizationId))
        problems.push(`${c.id} agreement ${ai}: "${name}" is a second party for the same organization`)
      if (organizationId) linked.add(organizationId)
      agreementParties.push({
        id: stableId(`${key}/a${ai}/party/${i}/0`),
        agreementId,
        organizationId,
        nameAsReported: name,
        partyType: agreementPartyType(r, orgKindById),
        signatoryName: null,
        signatoryTitle: null,
        position: i,
      })
    })
  })
}

/** The party type of an agreement party: its organization's, COMMUNITY, or for a group the one its members share. */
function agreementPartyType(party: ResolvedParty, kinds: Map<string, OrganizationKind>): PartyType | null {
  switch (party.form) {
    case 'ORGANIZATION':
      return partyTypeOfKind[kinds.get(party.organizationIds[0])!]
    case 'COMMUNITY':
      return 'COMMUNITY'
    case 'NAMED':
      return null
    case 'GROUP': {
      const types = new Set(party.members!.map((m) => agreementPartyType(m, kinds)).filter((t) => t !== null))
      return types.size === 1 ? [...types][0] : null
    }
  }
}
