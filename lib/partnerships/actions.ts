'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { RecordId, Version } from '@/lib/actions/bound'
import { boundRecord, createdRecord } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createPartnership, deletePartnership, updatePartnership } from './mutations'
import { CreatePartnershipInput, UpdatePartnershipInput } from './schema'

export const createPartnershipAction = actorAction({
  entity: 'Partnership',
  input: CreatePartnershipInput,
  signInReturn: () => '/manage/partnerships/new',
  mutate: ({ actor, input }) => createPartnership(actor, input),
  touches: createdRecord('Partnership'),
  onSuccess: (partnership) => `/manage/partnerships/${partnership.id}?${savedQuery(partnership)}`,
})

export const updatePartnershipAction = actorAction({
  entity: 'Partnership',
  bind: [RecordId],
  input: UpdatePartnershipInput,
  signInReturn: (id) => `/manage/partnerships/${id}/edit`,
  mutate: ({ actor, input }, id) => updatePartnership(actor, id, input),
  touches: boundRecord('Partnership'),
  onSuccess: (partnership, id) => `/manage/partnerships/${id}?${savedQuery(partnership)}`,
})

export const deletePartnershipAction = actorAction({
  entity: 'Partnership',
  bind: [RecordId, Version],
  signInReturn: (id) => `/manage/partnerships/${id}`,
  mutate: ({ actor }, id, version) => deletePartnership(actor, id, version),
  touches: boundRecord('Partnership'),
  onSuccess: () => '/manage/partnerships?deleted=1',
})
