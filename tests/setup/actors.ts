import { loadActor } from '@/lib/auth/load-actor'
import type { Actor } from '@/lib/auth/roles'

/** The actor a session of this user would have (as the app loads it on every request). */
export async function actorOf(user: { id: string; sessionVersion: number }): Promise<Actor> {
  const actor = await loadActor(user.id, user.sessionVersion)
  if (!actor) throw new Error(`user ${user.id} has no actor (disabled or stale session)`)
  return actor
}
