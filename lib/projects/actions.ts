'use server'

import { getLocale } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { runButton, runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { redirect } from '@/lib/i18n/navigation'
import { revalidatePublic } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createProject, deleteProject, updateProject } from './mutations'
import { CreateProjectInput, UpdateProjectInput } from './schema'

export async function createProjectAction(
  partnershipId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(`/manage/partnerships/${partnershipId}/projects/new`)
  const run = await runForm(formData, CreateProjectInput, (input) => createProject(actor, partnershipId, input), {
    actorId: actor.userId,
    entity: 'Project',
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/projects/${run.result.id}?${savedQuery(run.result)}`, locale: await getLocale() })
}

export async function updateProjectAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/manage/projects/${id}/edit`)
  const run = await runForm(formData, UpdateProjectInput, (input) => updateProject(actor, id, input), {
    actorId: actor.userId,
    entity: 'Project',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/projects/${id}?${savedQuery(run.result)}`, locale: await getLocale() })
}

export async function deleteProjectAction(
  id: string,
  version: number,
  _state: FormState,
  _formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(`/manage/projects/${id}`)
  const run = await runButton(() => deleteProject(actor, id, version), {
    actorId: actor.userId,
    entity: 'Project',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  const to = run.result.partnershipId
    ? `/manage/partnerships/${run.result.partnershipId}?deleted=1`
    : '/manage?deleted=1'
  return redirect({ href: to, locale: await getLocale() })
}
