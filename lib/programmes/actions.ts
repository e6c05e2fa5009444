'use server'

import { getLocale } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { runButton, runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { redirect } from '@/lib/i18n/navigation'
import { revalidatePublic } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createProgramme, deleteProgramme, updateProgramme } from './mutations'
import { CreateProgrammeInput, UpdateProgrammeInput } from './schema'

export async function createProgrammeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor('/manage/programmes/new')
  const run = await runForm(formData, CreateProgrammeInput, (input) => createProgramme(actor, input), {
    actorId: actor.userId,
    entity: 'Programme',
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/programmes/${run.result.id}?${savedQuery(run.result)}`, locale: await getLocale() })
}

export async function updateProgrammeAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/manage/programmes/${id}/edit`)
  const run = await runForm(formData, UpdateProgrammeInput, (input) => updateProgramme(actor, id, input), {
    actorId: actor.userId,
    entity: 'Programme',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/programmes/${id}?${savedQuery(run.result)}`, locale: await getLocale() })
}

export async function deleteProgrammeAction(
  id: string,
  version: number,
  _state: FormState,
  _formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(`/manage/programmes/${id}`)
  const run = await runButton(() => deleteProgramme(actor, id, version), {
    actorId: actor.userId,
    entity: 'Programme',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: '/manage/programmes?deleted=1', locale: await getLocale() })
}
