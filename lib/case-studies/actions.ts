'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { RecordId, Version } from '@/lib/actions/bound'
import { boundRecord, createdRecord } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createCaseStudy, deleteCaseStudy, updateCaseStudy } from './mutations'
import { CreateCaseStudyInput, UpdateCaseStudyInput } from './schema'

export const createCaseStudyAction = actorAction({
  entity: 'CaseStudy',
  input: CreateCaseStudyInput,
  signInReturn: () => '/manage/case-studies/new',
  mutate: ({ actor, input }) => createCaseStudy(actor, input),
  touches: createdRecord('CaseStudy'),
  onSuccess: (cs) => `/manage/case-studies/${cs.id}?${savedQuery(cs)}`,
})

export const updateCaseStudyAction = actorAction({
  entity: 'CaseStudy',
  bind: [RecordId],
  input: UpdateCaseStudyInput,
  signInReturn: (id) => `/manage/case-studies/${id}/edit`,
  mutate: ({ actor, input }, id) => updateCaseStudy(actor, id, input),
  touches: boundRecord('CaseStudy'),
  onSuccess: (_, id) => `/manage/case-studies/${id}?saved=1`,
})

export const deleteCaseStudyAction = actorAction({
  entity: 'CaseStudy',
  bind: [RecordId, Version],
  signInReturn: (id) => `/manage/case-studies/${id}`,
  mutate: ({ actor }, id, version) => deleteCaseStudy(actor, id, version),
  touches: boundRecord('CaseStudy'),
  onSuccess: () => '/manage/case-studies?deleted=1',
})
