'use server'

import { getLocale } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { runButton, runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { redirect } from '@/lib/i18n/navigation'
import { revalidatePublic } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createGrant, deleteGrant, updateGrant } from './mutations'
import { CreateGrantInput, UpdateGrantInput } from './schema'

export async function createGrantAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor('/manage/grants/new')
  const run = await runForm(formData, CreateGrantInput, (input) => createGrant(actor, input), {
    actorId: actor.userId,
    entity: 'Grant',
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/grants/${run.result.id}?${savedQuery(run.result)}`, locale: await getLocale() })
}

export async function updateGrantAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/manage/grants/${id}/edit`)
  const run = await runForm(formData, UpdateGrantInput, (input) => updateGrant(actor, id, input), {
    actorId: actor.userId,
    entity: 'Grant',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/grants/${id}?saved=1`, locale: await getLocale() })
}

export async function deleteGrantAction(
  id: string,
  version: number,
  _state: FormState,
  _formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(`/manage/grants/${id}`)
  const run = await runButton(() => deleteGrant(actor, id, version), {
    actorId: actor.userId,
    entity: 'Grant',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: '/manage/grants?deleted=1', locale: await getLocale() })
}
