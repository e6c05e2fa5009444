'use server'

import { getLocale } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { runButton } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { redirect } from '@/lib/i18n/navigation'
import { revalidatePublic } from '@/lib/manage/revalidate'
import { publishableEntities, setPublication, type PublishableEntity } from './mutations'

/**
 * Publishes or withdraws a record (bound by the page: entity, id, the version shown, the target
 * status, whether to include its contents, and the manage page to return to). Every bound value is
 * checked again: they travel through the browser.
 */
export async function setPublicationAction(
  entity: PublishableEntity,
  id: string,
  version: number,
  to: 'PUBLISHED' | 'DRAFT',
  withContents: boolean,
  returnTo: string,
  _state: FormState,
  _formData: FormData,
): Promise<FormState> {
  const back = /^\/manage\/[a-z-]+\/[a-z0-9]{20,40}(\/edit)?$/.test(returnTo) ? returnTo : '/manage'
  const actor = await requireActor(back)
  if (!publishableEntities.includes(entity) || (to !== 'PUBLISHED' && to !== 'DRAFT') || !Number.isInteger(version))
    return { status: 'error', formError: 'notFound', values: {} }
  const run = await runButton(() => setPublication(actor, entity, id, version, to, { withContents }), {
    actorId: actor.userId,
    entity,
    entityId: id,
  })
  if (!run.ok) return run.state
  // Public pages, the territory API and any cached render are rebuilt on their next request.
  revalidatePublic()
  return redirect({
    href: `${back}?${to === 'PUBLISHED' ? 'published' : 'withdrawn'}=${run.result.changed}`,
    locale: await getLocale(),
  })
}
