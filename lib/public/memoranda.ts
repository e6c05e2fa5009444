import 'server-only'
// A memorandum as the public sees it, in every list and page and in /api/v1/memoranda: its subject,
// dates, the status people gave it and the one it reads as today (from the expiry, in Bishkek), its
// parties with who signed for them (they sign for their bodies), its amendments, its place in a
// renewal chain (each link only while the other memorandum is public too), and whether every local
// self-government it names has confirmed it. Disputes, drafts and documents not marked public stay out.
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { AgreementKind, AgreementStatus, Locale } from '@/lib/generated/prisma/enums'
import { displayStatus, type DisplayStatus } from '@/lib/memoranda/status'
import { confirmedByBoth, confirmingBodies } from './confirmations'
import { partialDate, partyRef, requiredText, text, type PartialDate, type PartyRef, type Text } from './dto'
import { publicAgreementWhere } from './where'

const linkSelect = {
  id: true,
  subject: true,
  sourceLocale: true,
  signedDate: true,
  signedPrecision: true,
  publicationStatus: true,
  partnership: { select: { slug: true, publicationStatus: true } },
} as const

export const memorandumSelect = {
  id: true,
  kind: true,
  subject: true,
  sourceLocale: true,
  signedDate: true,
  signedPrecision: true,
  effectiveDate: true,
  effectivePrecision: true,
  expiryDate: true,
  expiryPrecision: true,
  status: true,
  terminatedDate: true,
  terminationReason: true,
  sourcePage: true,
  ownerOrganizationId: true,
  partnership: { select: { slug: true, title: true, publicationStatus: true } },
  parties: {
    orderBy: { position: 'asc' },
    select: {
      nameAsReported: true,
      partyType: true,
      organizationId: true,
      organization: { select: { slug: true, name: true, publicationStatus: true, kind: true } },
      signatoryName: true,
      signatoryTitle: true,
      signedDate: true,
      signedPrecision: true,
    },
  },
  amendments: {
    orderBy: { number: 'asc' },
    select: { number: true, date: true, datePrecision: true, summary: true },
  },
  // Signed scans marked public (the memorandum is public already: the rows come through publicAgreementWhere).
  documents: {
    where: { isPublic: true },
    orderBy: { createdAt: 'asc' },
    select: { id: true, fileName: true, contentType: true, byteSize: true, amendment: { select: { number: true } } },
  },
  renews: { select: linkSelect },
  renewals: { select: linkSelect, orderBy: { createdAt: 'asc' } },
} as const satisfies Prisma.AgreementSelect
type Row = Prisma.AgreementGetPayload<{ select: typeof memorandumSelect }>

/** Another memorandum of the chain; `partnershipSlug` says where it is shown (its anchor is `memorandum-<id>`). */
export type MemorandumLink = {
  id: string
  subject: Text
  sourceLocale: Locale
  signed: PartialDate | null
  partnershipSlug: string | null
}

export type PublicMemorandum = {
  id: string
  kind: AgreementKind
  subject: Text
  sourceLocale: Locale
  signed: PartialDate | null
  effective: PartialDate | null
  expiry: PartialDate | null
  /** As people recorded it. */
  status: AgreementStatus
  /** As it reads today in Bishkek. */
  display: DisplayStatus
  terminated: { date: PartialDate | null; reason: Text | null } | null
  parties: (PartyRef & {
    signatory: { name: string; title: string | null; signed: PartialDate | null } | null
  })[]
  amendments: { number: number; date: PartialDate | null; summary: Text | null }[]
  /** Scans marked public, served by /api/documents/{id}; `amendment` is the number of the one it belongs to. */
  documents: { id: string; fileName: string; contentType: string; byteSize: number; amendment: number | null }[]
  renews: MemorandumLink | null
  renewedBy: MemorandumLink[]
  /** Every local self-government it names (other than the one that entered it) has confirmed it. */
  confirmedByBoth: boolean
  partnership: { slug: string; title: Text } | null
  sourcePage: number | null
}

const isPublished = (x: { publicationStatus: string }) => x.publicationStatus === 'PUBLISHED'

function link(l: Prisma.AgreementGetPayload<{ select: typeof linkSelect }> | null): MemorandumLink | null {
  if (!l || !isPublished(l) || (l.partnership && !isPublished(l.partnership))) return null
  return {
    id: l.id,
    subject: requiredText(l.subject),
    sourceLocale: l.sourceLocale,
    signed: partialDate(l.signedDate, l.signedPrecision),
    partnershipSlug: l.partnership?.slug ?? null,
  }
}

function toPublicMemorandum(a: Row, confirmed: Set<string>, now: Date): PublicMemorandum {
  return {
    id: a.id,
    kind: a.kind,
    subject: requiredText(a.subject),
    sourceLocale: a.sourceLocale,
    signed: partialDate(a.signedDate, a.signedPrecision),
    effective: partialDate(a.effectiveDate, a.effectivePrecision),
    expiry: partialDate(a.expiryDate, a.expiryPrecision),
    status: a.status,
    display: displayStatus(a, now),
    terminated:
      a.status === 'TERMINATED'
        ? { date: partialDate(a.terminatedDate, a.terminatedDate ? 'DAY' : null), reason: text(a.terminationReason) }
        : null,
    parties: a.parties.map((p) => ({
      ...partyRef(p.organization, p.nameAsReported),
      signatory: p.signatoryName
        ? {
            name: p.signatoryName,
            title: p.signatoryTitle,
            signed: partialDate(p.signedDate, p.signedPrecision),
          }
        : null,
    })),
    amendments: a.amendments.map((m) => ({
      number: m.number,
      date: partialDate(m.date, m.datePrecision),
      summary: text(m.summary),
    })),
    documents: a.documents.map((d) => ({
      id: d.id,
      fileName: d.fileName,
      contentType: d.contentType,
      byteSize: d.byteSize,
      amendment: d.amendment?.number ?? null,
    })),
    renews: link(a.renews),
    renewedBy: a.renewals.flatMap((r) => link(r) ?? []),
    confirmedByBoth: confirmed.has(a.id),
    partnership:
      a.partnership && isPublished(a.partnership)
        ? { slug: a.partnership.slug, title: requiredText(a.partnership.title) }
        : null,
    sourcePage: a.sourcePage,
  }
}

/** Maps rows already limited to what the public may see (or, for the manage preview, to what it will see). */
export async function toPublicMemoranda(rows: Row[], now = new Date()): Promise<PublicMemorandum[]> {
  const confirmed = await confirmedByBoth('Agreement', confirmingBodies({ entity: 'Agreement', rows }))
  return rows.map((r) => toPublicMemorandum(r, confirmed, now))
}

/** Public memoranda matching `where`, oldest signature first. */
export async function listPublicMemoranda(
  where: Prisma.AgreementWhereInput,
  { confirmedOnly = false }: { confirmedOnly?: boolean } = {},
): Promise<PublicMemorandum[]> {
  const rows = await prisma.agreement.findMany({
    where: { AND: [publicAgreementWhere, where] },
    select: memorandumSelect,
    orderBy: [{ signedDate: 'asc' }, { id: 'asc' }],
  })
  const list = await toPublicMemoranda(rows)
  return confirmedOnly ? list.filter((m) => m.confirmedByBoth) : list
}

/**
 * One page of the public memoranda matching `where`, oldest signature first, and how many there are.
 * "Confirmed by both" is decided per memorandum from its parties and their answers, so with
 * `confirmedOnly` the matching rows are read whole and the page is cut after the filter.
 */
export async function listPublicMemorandaPage(
  where: Prisma.AgreementWhereInput,
  { confirmedOnly = false, skip, take }: { confirmedOnly?: boolean; skip: number; take: number },
): Promise<{ items: PublicMemorandum[]; total: number }> {
  if (confirmedOnly) {
    const all = await listPublicMemoranda(where, { confirmedOnly })
    return { items: all.slice(skip, skip + take), total: all.length }
  }
  const [rows, total] = await Promise.all([
    prisma.agreement.findMany({
      where: { AND: [publicAgreementWhere, where] },
      select: memorandumSelect,
      orderBy: [{ signedDate: 'asc' }, { id: 'asc' }],
      skip,
      take,
    }),
    countPublicMemoranda(where),
  ])
  return { items: await toPublicMemoranda(rows), total }
}

/** How many public memoranda match `where` (whatever their confirmation). */
export async function countPublicMemoranda(where: Prisma.AgreementWhereInput): Promise<number> {
  return prisma.agreement.count({ where: { AND: [publicAgreementWhere, where] } })
}

/** Memoranda of a place: of a partnership placed in its subtree, or with a party based in it. */
export function memorandaInSubtree(path: string): Prisma.AgreementWhereInput {
  const subtree: Prisma.TerritoryWhereInput = { OR: [{ path }, { path: { startsWith: `${path}/` } }] }
  return {
    OR: [
      { partnership: { is: { territories: { some: { territory: subtree } } } } },
      { parties: { some: { organization: { is: { homeTerritory: { is: subtree } } } } } },
    ],
  }
}

/** Public memoranda of the territory with this code; null when there is no such territory. */
export async function getPublicMemorandaOfTerritory(
  code: string,
  options: { confirmedOnly?: boolean } = {},
): Promise<PublicMemorandum[] | null> {
  const t = await prisma.territory.findUnique({ where: { code }, select: { path: true } })
  return t ? listPublicMemoranda(memorandaInSubtree(t.path), options) : null
}

export function memorandumAnchor(id: string): string {
  return `memorandum-${id}`
}
