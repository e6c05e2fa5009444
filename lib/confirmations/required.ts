import 'server-only'
// Who confirms what (docs/decisions/010-lsg-desk.md). A local self-government confirms, or disputes,
// what another organization recorded about its side:
// - a ledger line whose party is the body;
// - an outcome of a project of a partnership the body is a party to;
// - a memorandum the body is a party to.
// A record the body entered itself needs no confirmation from it (its own word), and no row in
// Confirmation means "waiting". The answer is removed whenever someone else changes the record.
import { prisma } from '@/lib/db'
import type { ConfirmationState, OrganizationKind } from '@/lib/generated/prisma/enums'
import { partyTypeOfKind } from '@/lib/organizations/kinds'
import { requiredText, type Text } from '@/lib/public/dto'

export type ConfirmableEntity = 'Contribution' | 'Outcome' | 'Agreement'

const lsgKinds = (Object.keys(partyTypeOfKind) as OrganizationKind[]).filter((k) => partyTypeOfKind[k] === 'LSG')
const isLsg = (o: { kind: OrganizationKind } | null | undefined) => Boolean(o && partyTypeOfKind[o.kind] === 'LSG')

/** The bodies that confirm a ledger line: its party, when that is a local self-government that did not enter it. */
export function bodiesForContribution(c: {
  ownerOrganizationId: string
  partyOrganizationId: string | null
  partyOrganization: { kind: OrganizationKind } | null
}): string[] {
  return c.partyOrganizationId && isLsg(c.partyOrganization) && c.partyOrganizationId !== c.ownerOrganizationId
    ? [c.partyOrganizationId]
    : []
}

/** The bodies that confirm an outcome or a memorandum: its LSG parties, except the one that entered it. */
export function bodiesForParties(
  ownerOrganizationId: string,
  parties: { organizationId: string | null; organization: { kind: OrganizationKind } | null }[],
): string[] {
  return [
    ...new Set(
      parties.flatMap((p) =>
        p.organizationId && isLsg(p.organization) && p.organizationId !== ownerOrganizationId ? [p.organizationId] : [],
      ),
    ),
  ]
}

export type ToConfirm = {
  entity: ConfirmableEntity
  id: string
  organizationId: string
  /** PENDING: no answer yet; DISPUTED: the body disputed it and nothing changed since. */
  state: 'PENDING' | ConfirmationState
  comment: string | null
  title: Text
  /** Where it is shown to the body: the partnership's party view, or the memorandum's page. */
  partnershipId: string | null
}

const partyOrg = { select: { kind: true } } as const

/**
 * Everything the given bodies are asked to confirm, with its state: every record of theirs that
 * another organization entered, pending or disputed (confirmed ones are left out unless `all`).
 */
export async function listToConfirm(organizationIds: string[], { all = false } = {}): Promise<ToConfirm[]> {
  if (!organizationIds.length) return []
  const mine = { in: organizationIds }
  const [lines, outcomes, agreements] = await Promise.all([
    prisma.contribution.findMany({
      where: {
        partyOrganizationId: mine,
        NOT: { ownerOrganizationId: mine },
        partyOrganization: { kind: { in: lsgKinds } },
      },
      select: {
        id: true,
        ownerOrganizationId: true,
        partyOrganizationId: true,
        partyOrganization: partyOrg,
        kind: true,
        project: { select: { title: true, partnershipId: true } },
      },
    }),
    prisma.outcome.findMany({
      where: {
        NOT: { ownerOrganizationId: mine },
        project: { partnership: { parties: { some: { organizationId: mine } } } },
      },
      select: {
        id: true,
        ownerOrganizationId: true,
        indicator: true,
        project: {
          select: {
            partnershipId: true,
            partnership: { select: { parties: { select: { organizationId: true, organization: partyOrg } } } },
          },
        },
      },
    }),
    prisma.agreement.findMany({
      where: { NOT: { ownerOrganizationId: mine }, parties: { some: { organizationId: mine } } },
      select: {
        id: true,
        ownerOrganizationId: true,
        subject: true,
        partnershipId: true,
        parties: { select: { organizationId: true, organization: partyOrg } },
      },
    }),
  ])
  const wanted: Omit<ToConfirm, 'state' | 'comment'>[] = [
    ...lines.flatMap((c) =>
      bodiesForContribution(c)
        .filter((o) => organizationIds.includes(o))
        .map((organizationId) => ({
          entity: 'Contribution' as const,
          id: c.id,
          organizationId,
          title: requiredText(c.project.title),
          partnershipId: c.project.partnershipId,
        })),
    ),
    ...outcomes.flatMap((o) =>
      bodiesForParties(o.ownerOrganizationId, o.project?.partnership?.parties ?? [])
        .filter((x) => organizationIds.includes(x))
        .map((organizationId) => ({
          entity: 'Outcome' as const,
          id: o.id,
          organizationId,
          title: requiredText(o.indicator),
          partnershipId: o.project?.partnershipId ?? null,
        })),
    ),
    ...agreements.flatMap((a) =>
      bodiesForParties(a.ownerOrganizationId, a.parties)
        .filter((x) => organizationIds.includes(x))
        .map((organizationId) => ({
          entity: 'Agreement' as const,
          id: a.id,
          organizationId,
          title: requiredText(a.subject),
          partnershipId: a.partnershipId,
        })),
    ),
  ]
  const answers = await prisma.confirmation.findMany({
    where: { organizationId: mine, entityId: { in: wanted.map((w) => w.id) } },
    select: { entity: true, entityId: true, organizationId: true, state: true, comment: true },
  })
  const answer = (w: (typeof wanted)[number]) =>
    answers.find((a) => a.entity === w.entity && a.entityId === w.id && a.organizationId === w.organizationId)
  return wanted.flatMap((w) => {
    const a = answer(w)
    if (a?.state === 'CONFIRMED' && !all) return []
    return [{ ...w, state: a?.state ?? 'PENDING', comment: a?.comment ?? null }]
  })
}
