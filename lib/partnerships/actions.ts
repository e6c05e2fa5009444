'use server'

import { getLocale } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { runButton, runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { redirect } from '@/lib/i18n/navigation'
import { revalidatePublic } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createPartnership, deletePartnership, updatePartnership } from './mutations'
import { CreatePartnershipInput, UpdatePartnershipInput } from './schema'

export async function createPartnershipAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor('/manage/partnerships/new')
  const run = await runForm(formData, CreatePartnershipInput, (input) => createPartnership(actor, input), {
    actorId: actor.userId,
    entity: 'Partnership',
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({
    href: `/manage/partnerships/${run.result.id}?${savedQuery(run.result)}`,
    locale: await getLocale(),
  })
}

export async function updatePartnershipAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/manage/partnerships/${id}/edit`)
  const run = await runForm(formData, UpdatePartnershipInput, (input) => updatePartnership(actor, id, input), {
    actorId: actor.userId,
    entity: 'Partnership',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/partnerships/${id}?${savedQuery(run.result)}`, locale: await getLocale() })
}

export async function deletePartnershipAction(
  id: string,
  version: number,
  _state: FormState,
  _formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(`/manage/partnerships/${id}`)
  const run = await runButton(() => deletePartnership(actor, id, version), {
    actorId: actor.userId,
    entity: 'Partnership',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: '/manage/partnerships?deleted=1', locale: await getLocale() })
}
