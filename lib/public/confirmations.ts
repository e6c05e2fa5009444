import 'server-only'
// "Confirmed by both parties", as the public sees it: a record another organization entered about a
// local self-government, which every such body has confirmed since its last change. A dispute is
// never public: until it is resolved the record simply carries no badge (docs/decisions/010-lsg-desk.md).
import { bodiesForContribution, bodiesForParties, type ConfirmableEntity } from '@/lib/confirmations/required'
import { prisma } from '@/lib/db'
import type { OrganizationKind } from '@/lib/generated/prisma/enums'

type Parties = { organizationId: string | null; organization: { kind: OrganizationKind } | null }[]

/** The bodies that confirm each record, keyed by its id. */
export function confirmingBodies(
  records:
    | {
        entity: 'Contribution'
        rows: {
          id: string
          ownerOrganizationId: string
          partyOrganizationId: string | null
          partyOrganization: { kind: OrganizationKind } | null
        }[]
      }
    | { entity: 'Outcome' | 'Agreement'; rows: { id: string; ownerOrganizationId: string; parties: Parties }[] },
): Map<string, string[]> {
  return new Map(
    records.entity === 'Contribution'
      ? records.rows.map((r) => [r.id, bodiesForContribution(r)])
      : records.rows.map((r) => [r.id, bodiesForParties(r.ownerOrganizationId, r.parties)]),
  )
}

/** The ids, among `bodies`, that need a confirmation and have every one of them. */
export async function confirmedByBoth(entity: ConfirmableEntity, bodies: Map<string, string[]>): Promise<Set<string>> {
  const asked = [...bodies].filter(([, b]) => b.length)
  if (!asked.length) return new Set()
  const answers = await prisma.confirmation.findMany({
    where: { entity, state: 'CONFIRMED', entityId: { in: asked.map(([id]) => id) } },
    select: { entityId: true, organizationId: true },
  })
  const yes = new Set(answers.map((a) => `${a.entityId} ${a.organizationId}`))
  return new Set(asked.filter(([id, b]) => b.every((o) => yes.has(`${id} ${o}`))).map(([id]) => id))
}
