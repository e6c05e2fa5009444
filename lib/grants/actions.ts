'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { RecordId, Version } from '@/lib/actions/bound'
import { boundRecord, createdRecord } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createGrant, deleteGrant, updateGrant } from './mutations'
import { CreateGrantInput, UpdateGrantInput } from './schema'

export const createGrantAction = actorAction({
  entity: 'Grant',
  input: CreateGrantInput,
  signInReturn: () => '/manage/grants/new',
  mutate: ({ actor, input }) => createGrant(actor, input),
  touches: createdRecord('Grant'),
  onSuccess: (grant) => `/manage/grants/${grant.id}?${savedQuery(grant)}`,
})

export const updateGrantAction = actorAction({
  entity: 'Grant',
  bind: [RecordId],
  input: UpdateGrantInput,
  signInReturn: (id) => `/manage/grants/${id}/edit`,
  mutate: ({ actor, input }, id) => updateGrant(actor, id, input),
  touches: boundRecord('Grant'),
  onSuccess: (_, id) => `/manage/grants/${id}?saved=1`,
})

export const deleteGrantAction = actorAction({
  entity: 'Grant',
  bind: [RecordId, Version],
  signInReturn: (id) => `/manage/grants/${id}`,
  mutate: ({ actor }, id, version) => deleteGrant(actor, id, version),
  touches: boundRecord('Grant'),
  onSuccess: () => '/manage/grants?deleted=1',
})
