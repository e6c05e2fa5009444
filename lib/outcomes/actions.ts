'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { RecordId, Version } from '@/lib/actions/bound'
import { boundRecord, createdRecord } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createOutcome, deleteOutcome, updateOutcome } from './mutations'
import { CreateOutcomeInput, UpdateOutcomeInput } from './schema'

export const createOutcomeAction = actorAction({
  entity: 'Outcome',
  bind: [RecordId],
  input: CreateOutcomeInput,
  signInReturn: (projectId) => `/manage/projects/${projectId}/outcomes/new`,
  mutate: ({ actor, input }, projectId) => createOutcome(actor, projectId, input),
  touches: createdRecord('Outcome'),
  onSuccess: (outcome, projectId) => `/manage/projects/${projectId}?${savedQuery(outcome)}#outcomes`,
})

export const updateOutcomeAction = actorAction({
  entity: 'Outcome',
  bind: [RecordId],
  input: UpdateOutcomeInput,
  signInReturn: (id) => `/manage/outcomes/${id}/edit`,
  mutate: ({ actor, input }, id) => updateOutcome(actor, id, input),
  touches: boundRecord('Outcome'),
  onSuccess: (outcome) =>
    outcome.projectId ? `/manage/projects/${outcome.projectId}?saved=1#outcomes` : '/manage?saved=1',
})

export const deleteOutcomeAction = actorAction({
  entity: 'Outcome',
  bind: [RecordId, Version],
  signInReturn: (id) => `/manage/outcomes/${id}/edit`,
  mutate: ({ actor }, id, version) => deleteOutcome(actor, id, version),
  touches: boundRecord('Outcome'),
  onSuccess: (outcome) =>
    outcome.projectId ? `/manage/projects/${outcome.projectId}?deleted=1#outcomes` : '/manage?deleted=1',
})
