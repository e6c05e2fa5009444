'use server'

import { getLocale } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { runButton, runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { redirect } from '@/lib/i18n/navigation'
import { revalidatePublic } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createContribution, deleteContribution, updateContribution } from './mutations'
import { CreateContributionInput, UpdateContributionInput } from './schema'

export async function createContributionAction(
  projectId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(`/manage/projects/${projectId}/contributions/new`)
  const run = await runForm(formData, CreateContributionInput, (input) => createContribution(actor, projectId, input), {
    actorId: actor.userId,
    entity: 'Contribution',
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/projects/${projectId}?${savedQuery(run.result)}#ledger`, locale: await getLocale() })
}

export async function updateContributionAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/manage/contributions/${id}/edit`)
  const run = await runForm(formData, UpdateContributionInput, (input) => updateContribution(actor, id, input), {
    actorId: actor.userId,
    entity: 'Contribution',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/projects/${run.result.projectId}?saved=1#ledger`, locale: await getLocale() })
}

export async function deleteContributionAction(
  id: string,
  version: number,
  _state: FormState,
  _formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(`/manage/contributions/${id}/edit`)
  const run = await runButton(() => deleteContribution(actor, id, version), {
    actorId: actor.userId,
    entity: 'Contribution',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/projects/${run.result.projectId}?deleted=1#ledger`, locale: await getLocale() })
}
