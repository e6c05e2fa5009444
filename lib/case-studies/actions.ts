'use server'

import { getLocale } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { runButton, runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { redirect } from '@/lib/i18n/navigation'
import { revalidatePublic } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createCaseStudy, deleteCaseStudy, updateCaseStudy } from './mutations'
import { CreateCaseStudyInput, UpdateCaseStudyInput } from './schema'

export async function createCaseStudyAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor('/manage/case-studies/new')
  const run = await runForm(formData, CreateCaseStudyInput, (input) => createCaseStudy(actor, input), {
    actorId: actor.userId,
    entity: 'CaseStudy',
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({
    href: `/manage/case-studies/${run.result.id}?${savedQuery(run.result)}`,
    locale: await getLocale(),
  })
}

export async function updateCaseStudyAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/manage/case-studies/${id}/edit`)
  const run = await runForm(formData, UpdateCaseStudyInput, (input) => updateCaseStudy(actor, id, input), {
    actorId: actor.userId,
    entity: 'CaseStudy',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/case-studies/${id}?saved=1`, locale: await getLocale() })
}

export async function deleteCaseStudyAction(
  id: string,
  version: number,
  _state: FormState,
  _formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(`/manage/case-studies/${id}`)
  const run = await runButton(() => deleteCaseStudy(actor, id, version), {
    actorId: actor.userId,
    entity: 'CaseStudy',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: '/manage/case-studies?deleted=1', locale: await getLocale() })
}
