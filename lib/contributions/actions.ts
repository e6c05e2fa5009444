'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { addsAnother, anotherPath } from '@/lib/forms/add-another'
import { RecordId, Version } from '@/lib/actions/bound'
import { boundRecord, createdRecord } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createContribution, deleteContribution, updateContribution } from './mutations'
import { CreateContributionInput, UpdateContributionInput } from './schema'

export const createContributionAction = actorAction({
  entity: 'Contribution',
  bind: [RecordId],
  input: CreateContributionInput,
  signInReturn: (projectId) => `/manage/projects/${projectId}/contributions/new`,
  mutate: async ({ actor, input, formData }, projectId) => ({
    ...(await createContribution(actor, projectId, input)),
    another: addsAnother(formData),
  }),
  touches: createdRecord('Contribution'),
  onSuccess: (line, projectId) =>
    line.another
      ? anotherPath(`/manage/projects/${projectId}/contributions/new`, savedQuery(line), line.id)
      : `/manage/projects/${projectId}?${savedQuery(line)}#ledger`,
})

export const updateContributionAction = actorAction({
  entity: 'Contribution',
  bind: [RecordId],
  input: UpdateContributionInput,
  signInReturn: (id) => `/manage/contributions/${id}/edit`,
  mutate: ({ actor, input }, id) => updateContribution(actor, id, input),
  touches: boundRecord('Contribution'),
  onSuccess: (line) => `/manage/projects/${line.projectId}?saved=1#ledger`,
})

export const deleteContributionAction = actorAction({
  entity: 'Contribution',
  bind: [RecordId, Version],
  signInReturn: (id) => `/manage/contributions/${id}/edit`,
  mutate: ({ actor }, id, version) => deleteContribution(actor, id, version),
  touches: boundRecord('Contribution'),
  onSuccess: (line) => `/manage/projects/${line.projectId}?deleted=1#ledger`,
})
