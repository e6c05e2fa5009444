'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { RecordId } from '@/lib/actions/bound'
import { boundRecord, createdRecord } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createOrganization, updateOrganization } from './mutations'
import { CreateOrganizationInput, UpdateOrganizationInput } from './schema'

export const createOrganizationAction = actorAction({
  entity: 'Organization',
  input: CreateOrganizationInput,
  signInReturn: () => '/manage/organizations/new',
  mutate: ({ actor, input }) => createOrganization(actor, input),
  touches: createdRecord('Organization'),
  onSuccess: (org) => `/manage/organizations/${org.id}?${savedQuery(org)}`,
})

export const updateOrganizationAction = actorAction({
  entity: 'Organization',
  bind: [RecordId],
  input: UpdateOrganizationInput,
  signInReturn: (id) => `/manage/organizations/${id}/edit`,
  mutate: ({ actor, input }, id) => updateOrganization(actor, id, input),
  touches: boundRecord('Organization'),
  onSuccess: (_, id) => `/manage/organizations/${id}?saved=1`,
})
