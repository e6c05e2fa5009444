'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { addsAnother, anotherPath } from '@/lib/forms/add-another'
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
  mutate: async ({ actor, input, formData }, projectId) => ({
    ...(await createOutcome(actor, projectId, input)),
    another: addsAnother(formData),
  }),
  touches: createdRecord('Outcome'),
  onSuccess: (outcome, projectId) =>
    outcome.another
      ? anotherPath(`/manage/projects/${projectId}/outcomes/new`, savedQuery(outcome), outcome.id)
      : `/manage/projects/${projectId}?${savedQuery(outcome)}#outcomes`,
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
