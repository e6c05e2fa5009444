// What the public may see, as Prisma filters: a record is public when it is published AND every
// record it belongs to is public too (a project of a draft partnership is not public, nor a ledger
// line of such a project, nor a case study about a withdrawn partnership). Every public query in
// lib/public builds on these; raw SQL uses the twins in ./sql.ts (a test checks they agree).
import type { Prisma } from '@/lib/generated/prisma/client'

export const published = { publicationStatus: 'PUBLISHED' } as const

export const publicOrganizationWhere = published satisfies Prisma.OrganizationWhereInput

export const publicPartnershipWhere = published satisfies Prisma.PartnershipWhereInput

export const publicProgrammeWhere = published satisfies Prisma.ProgrammeWhereInput

/** A project: published, and its partnership and programme (where it has them) published. */
export const publicProjectWhere = {
  ...published,
  AND: [
    { OR: [{ partnershipId: null }, { partnership: { is: published } }] },
    { OR: [{ programmeId: null }, { programme: { is: published } }] },
  ],
} satisfies Prisma.ProjectWhereInput

export const publicContributionWhere = {
  ...published,
  project: { is: publicProjectWhere },
} satisfies Prisma.ContributionWhereInput

/** An outcome of a public project, or a target of a published programme. */
export const publicOutcomeWhere = {
  ...published,
  OR: [{ project: { is: publicProjectWhere } }, { programme: { is: published } }],
} satisfies Prisma.OutcomeWhereInput

/** A grant: published, with its project and programme (where it has them) public. */
export const publicGrantWhere = {
  ...published,
  AND: [
    { OR: [{ projectId: null }, { project: { is: publicProjectWhere } }] },
    { OR: [{ programmeId: null }, { programme: { is: published } }] },
  ],
} satisfies Prisma.GrantWhereInput

/**
 * A grant placed in the territories `place` matches: by its project's places, else (no project, or a project
 * with no places) by its recipient's home territory — only a public recipient's, so a draft organization's
 * home is never revealed through its grants. The caller combines this with publicGrantWhere.
 */
export function grantPlacedWhere(place: Prisma.TerritoryWhereInput): Prisma.GrantWhereInput {
  return {
    OR: [
      { project: { is: { territories: { some: { territory: place } } } } },
      {
        AND: [
          { OR: [{ projectId: null }, { project: { is: { territories: { none: {} } } } }] },
          { recipient: { is: { AND: [publicOrganizationWhere, { homeTerritory: { is: place } }] } } },
        ],
      },
    ],
  }
}

/** A case study: published, and about a public partnership when it is about one. */
export const publicCaseStudyWhere = {
  ...published,
  OR: [{ partnershipId: null }, { partnership: { is: published } }],
} satisfies Prisma.CaseStudyWhereInput

/** An agreement: published, and of a public partnership when it belongs to one. */
export const publicAgreementWhere = {
  ...published,
  OR: [{ partnershipId: null }, { partnership: { is: published } }],
} satisfies Prisma.AgreementWhereInput

/** A signed scan of a memorandum: marked public, of a public agreement (its file is served by /api/documents/[id]). */
export const publicDocumentWhere = {
  isPublic: true,
  agreement: { is: publicAgreementWhere },
} satisfies Prisma.DocumentWhereInput
