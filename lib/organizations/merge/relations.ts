// Everything in the database that points at an organization, and how a merge moves it. Pure data:
// the merge (./merge.ts), its preview (./preview.ts) and undo (./undo.ts) walk this list, and a unit
// test (tests/unit/organization-merge-relations.test.ts) reads prisma/schema.prisma and fails when a
// relation to Organization is added without an entry here.

/**
 * One column holding an organization id.
 * - `key`: the columns that name a row (its primary key), to move exactly these rows back on undo.
 * - `sameAs`: the columns that make a merged organization's row a duplicate of one the survivor
 *   already has (a unique constraint, or the same party twice on one record): such rows are dropped,
 *   kept in the merge record, and put back on undo.
 * - `versioned`: the versioned record the row belongs to (itself, or its parent through `via`): the
 *   record whose version, moved on since the merge, makes the merge no longer undoable.
 * - `where`: an extra condition (SQL on alias `t`) for a polymorphic table.
 * - `notTheMergedRow`: leave the merged organization's own row alone (it is deleted).
 */
export type OrganizationReference = {
  /** The Prisma model and its relation field (or, for a plain id column, the column). */
  model: string
  field: string
  table: string
  column: string
  key: readonly string[]
  sameAs?: readonly string[]
  versioned?: { table: string; via?: string }
  where?: string
  notTheMergedRow?: boolean
}

const owner = (model: string, field = 'ownerOrganization', column = 'ownerOrganizationId'): OrganizationReference => ({
  model,
  field,
  table: model,
  column,
  key: ['id'],
  versioned: { table: model },
})

export const organizationReferences: readonly OrganizationReference[] = [
  // The organizations it registered (partners entered by its editors); its own row is deleted.
  { ...owner('Organization'), notTheMergedRow: true },
  {
    model: 'OrganizationAlias',
    field: 'organization',
    table: 'OrganizationAlias',
    column: 'organizationId',
    key: ['id'],
    sameAs: ['normalized'],
  },
  {
    model: 'Membership',
    field: 'organization',
    table: 'Membership',
    column: 'organizationId',
    key: ['id'],
    sameAs: ['userId'],
  },
  { model: 'Invitation', field: 'organization', table: 'Invitation', column: 'organizationId', key: ['id'] },
  // Readers' suggestions of corrections: the survivor keeps the records they are about.
  {
    model: 'CorrectionSuggestion',
    field: 'organization',
    table: 'CorrectionSuggestion',
    column: 'organizationId',
    key: ['id'],
  },
  {
    model: 'PartnershipParty',
    field: 'organization',
    table: 'PartnershipParty',
    column: 'organizationId',
    key: ['id'],
    sameAs: ['partnershipId'],
    versioned: { table: 'Partnership', via: 'partnershipId' },
  },
  owner('Partnership'),
  {
    model: 'ProgrammeParty',
    field: 'organization',
    table: 'ProgrammeParty',
    column: 'organizationId',
    key: ['programmeId', 'role'],
    sameAs: ['programmeId', 'role'],
    versioned: { table: 'Programme', via: 'programmeId' },
  },
  owner('Programme'),
  owner('Project'),
  owner('Grant', 'funder', 'funderId'),
  owner('Grant', 'recipient', 'recipientId'),
  owner('Grant', 'withheldByOrganization', 'withheldByOrganizationId'),
  owner('Grant'),
  owner('Contribution', 'partyOrganization', 'partyOrganizationId'),
  owner('Contribution', 'withheldByOrganization', 'withheldByOrganizationId'),
  owner('Contribution'),
  {
    model: 'ContributionGroupMember',
    field: 'organization',
    table: 'ContributionGroupMember',
    column: 'organizationId',
    key: ['contributionId'],
    sameAs: ['contributionId'],
    versioned: { table: 'Contribution', via: 'contributionId' },
  },
  owner('Outcome'),
  owner('Agreement'),
  {
    model: 'AgreementParty',
    field: 'organization',
    table: 'AgreementParty',
    column: 'organizationId',
    key: ['id'],
    sameAs: ['agreementId'],
    versioned: { table: 'Agreement', via: 'agreementId' },
  },
  owner('CaseStudy', 'organization', 'organizationId'),
  owner('CaseStudy'),
  {
    model: 'Confirmation',
    field: 'organization',
    table: 'Confirmation',
    column: 'organizationId',
    key: ['id'],
    sameAs: ['entity', 'entityId'],
  },
  // A signed scan has no version of its own: its memorandum's stands for it.
  { ...owner('Document'), versioned: { table: 'Agreement', via: 'agreementId' } },
  // Plain id columns (no foreign key): the import namespace and history of the organization, and the
  // external ids its records are known by in other organizations' files.
  { model: 'ImportBatch', field: 'organizationId', table: 'ImportBatch', column: 'organizationId', key: ['id'] },
  {
    model: 'ExternalId',
    field: 'organizationId',
    table: 'ExternalId',
    column: 'organizationId',
    key: ['id'],
    // The same external id for the same kind in both namespaces refuses the merge (./preview.ts).
  },
  {
    model: 'ExternalId',
    field: 'entityId',
    table: 'ExternalId',
    column: 'entityId',
    key: ['id'],
    where: `t.kind = 'organizations'`,
  },
]

/** The short name of a reference, as counts and messages name it: "Grant.funder", "Membership". */
export const referenceName = (r: OrganizationReference) =>
  r.field === 'organization' || r.field === 'organizationId' ? r.model : `${r.model}.${r.field}`

/**
 * What is not moved, and why (the test accepts these relations as handled):
 * - AuditEvent (actorOrganizationId, entityId): the history stays as it was written;
 * - TextTranslation of the merged organization's name: deleted with it (its names become aliases of
 *   the survivor), kept in the merge record, restored on undo.
 */
export const notMoved = ['AuditEvent', 'TextTranslation'] as const
