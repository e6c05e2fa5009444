'use server'

import { getLocale } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { redirect } from '@/lib/i18n/navigation'
import { revalidatePublic } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createOrganization, updateOrganization } from './mutations'
import { CreateOrganizationInput, UpdateOrganizationInput } from './schema'

export async function createOrganizationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor('/manage/organizations/new')
  const run = await runForm(formData, CreateOrganizationInput, (input) => createOrganization(actor, input), {
    actorId: actor.userId,
    entity: 'Organization',
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({
    href: `/manage/organizations/${run.result.id}?${savedQuery(run.result)}`,
    locale: await getLocale(),
  })
}

export async function updateOrganizationAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/manage/organizations/${id}/edit`)
  const run = await runForm(formData, UpdateOrganizationInput, (input) => updateOrganization(actor, id, input), {
    actorId: actor.userId,
    entity: 'Organization',
    entityId: id,
  })
  if (!run.ok) return run.state
  revalidatePublic()
  return redirect({ href: `/manage/organizations/${id}?saved=1`, locale: await getLocale() })
}
