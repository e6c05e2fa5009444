import 'server-only'
import { getLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { redirect } from '@/lib/i18n/navigation'
import { currentSession } from './config'
import { loadActor } from './load-actor'
import type { Actor } from './roles'

/** The signed-in actor of this request, or null. Loaded once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await currentSession()
  return session ? loadActor(session.userId, session.sessionVersion) : null
})

/**
 * The first line of every private page and action: the actor, or a redirect to sign-in (which comes
 * back to `returnTo`, a path below the locale such as "/manage/partnerships").
 */
export async function requireActor(returnTo = '/manage'): Promise<Actor> {
  const actor = await getActor()
  if (actor) return actor
  const locale = await getLocale()
  return redirect({ href: { pathname: '/sign-in', query: { next: returnTo } }, locale })
}

export async function requireAdmin(returnTo = '/manage'): Promise<Actor> {
  const actor = await requireActor(returnTo)
  if (!actor.isAdmin) notFound()
  return actor
}
