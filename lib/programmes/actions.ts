'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { RecordId, Version } from '@/lib/actions/bound'
import { boundRecord, createdRecord } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createProgramme, deleteProgramme, updateProgramme } from './mutations'
import { CreateProgrammeInput, UpdateProgrammeInput } from './schema'

export const createProgrammeAction = actorAction({
  entity: 'Programme',
  input: CreateProgrammeInput,
  signInReturn: () => '/manage/programmes/new',
  mutate: ({ actor, input }) => createProgramme(actor, input),
  touches: createdRecord('Programme'),
  onSuccess: (programme) => `/manage/programmes/${programme.id}?${savedQuery(programme)}`,
})

export const updateProgrammeAction = actorAction({
  entity: 'Programme',
  bind: [RecordId],
  input: UpdateProgrammeInput,
  signInReturn: (id) => `/manage/programmes/${id}/edit`,
  mutate: ({ actor, input }, id) => updateProgramme(actor, id, input),
  touches: boundRecord('Programme'),
  onSuccess: (programme, id) => `/manage/programmes/${id}?${savedQuery(programme)}`,
})

export const deleteProgrammeAction = actorAction({
  entity: 'Programme',
  bind: [RecordId, Version],
  signInReturn: (id) => `/manage/programmes/${id}`,
  mutate: ({ actor }, id, version) => deleteProgramme(actor, id, version),
  touches: boundRecord('Programme'),
  onSuccess: () => '/manage/programmes?deleted=1',
})
