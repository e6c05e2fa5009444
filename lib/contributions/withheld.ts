import type { Access, Actor } from '@/lib/auth/roles'
import { invalid } from '@/lib/errors'

type Withheld = { amountWithheld: boolean; withheldByOrganizationId: string | null }

/**
 * The withheld flag of an amount after a change, and who withheld it. Withholding records the
 * organization the actor acts through (null for an administrator). Only that organization — or an
 * administrator — may show the amount again: a partner, or the partnership's owner, cannot undo
 * another organization's decision (ADR 005). Publishing never touches the flag.
 */
export function withheldColumns(actor: Actor, access: Access, current: Withheld | null, wanted: boolean): Withheld {
  const by = access.via === 'organization' ? access.organizationId : null
  if (!wanted) {
    if (current?.amountWithheld && !mayRelease(actor, current.withheldByOrganizationId))
      throw invalid('amountWithheld', 'withheldByAnother')
    return { amountWithheld: false, withheldByOrganizationId: null }
  }
  if (current?.amountWithheld)
    return { amountWithheld: true, withheldByOrganizationId: current.withheldByOrganizationId }
  return { amountWithheld: true, withheldByOrganizationId: by }
}

function mayRelease(actor: Actor, withheldBy: string | null): boolean {
  if (actor.isAdmin) return true
  return withheldBy !== null && actor.memberships.some((m) => m.organizationId === withheldBy && m.role !== 'VIEWER')
}
