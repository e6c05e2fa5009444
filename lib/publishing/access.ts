import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { loadWithAccess, type PublishableEntity } from './mutations'

/** Whether the actor may change this record (any publishable entity), by its own policy. */
export async function canEditRecord(actor: Actor, entity: PublishableEntity, id: string): Promise<boolean> {
  return Boolean(await loadWithAccess(actor, entity, id))
}
