'use server'

import { getLocale } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { runButton, runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { redirect } from '@/lib/i18n/navigation'
import { revalidatePublic } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createOutcome, deleteOutcome, updateOutcome } from './mutations'
import { CreateOutcomeInput, UpdateOutcomeInput } from './schema'

export async function createOutcomeAction(
  projectId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(`/manage/projects/${projectId}/outcomes/new`)
  const run = await runForm(formData, CreateOutcomeInput, (input) => createOutcome(actor, projectId, input), {
    actorId: actor.userId,
    entity: 'Outcome',
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({
    href: `/manage/projects/${projectId}?${savedQuery(run.result)}#outcomes`,
    locale: await getLocale(),
  })
}

export async function updateOutcomeAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/manage/outcomes/${id}/edit`)
  const run = await runForm(formData, UpdateOutcomeInput, (input) => updateOutcome(actor, id, input), {
    actorId: actor.userId,
    entity: 'Outcome',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({
    href: run.result.projectId ? `/manage/projects/${run.result.projectId}?saved=1#outcomes` : '/manage?saved=1',
    locale: await getLocale(),
  })
}

export async function deleteOutcomeAction(
  id: string,
  version: number,
  _state: FormState,
  _formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(`/manage/outcomes/${id}/edit`)
  const run = await runButton(() => deleteOutcome(actor, id, version), {
    actorId: actor.userId,
    entity: 'Outcome',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({
    href: run.result.projectId ? `/manage/projects/${run.result.projectId}?deleted=1#outcomes` : '/manage?deleted=1',
    locale: await getLocale(),
  })
}
