'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { RecordId, Version } from '@/lib/actions/bound'
import { boundRecord, createdRecord } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import {
  addAmendment,
  createMemorandum,
  deleteMemorandum,
  renewMemorandum,
  terminateMemorandum,
  updateMemorandum,
} from './mutations'
import { AmendmentInput, CreateMemorandumInput, RenewalInput, TerminationInput, UpdateMemorandumInput } from './schema'

export const createMemorandumAction = actorAction({
  entity: 'Agreement',
  input: CreateMemorandumInput,
  signInReturn: () => '/manage/memoranda/new',
  mutate: ({ actor, input }) => createMemorandum(actor, input),
  touches: createdRecord('Agreement'),
  onSuccess: (m) => `/manage/memoranda/${m.id}?${savedQuery(m)}`,
})

export const updateMemorandumAction = actorAction({
  entity: 'Agreement',
  bind: [RecordId],
  input: UpdateMemorandumInput,
  signInReturn: (id) => `/manage/memoranda/${id}/edit`,
  mutate: ({ actor, input }, id) => updateMemorandum(actor, id, input),
  touches: boundRecord('Agreement'),
  onSuccess: (_, id) => `/manage/memoranda/${id}?saved=1`,
})

export const addAmendmentAction = actorAction({
  entity: 'Agreement',
  bind: [RecordId],
  input: AmendmentInput,
  signInReturn: (id) => `/manage/memoranda/${id}/amend`,
  mutate: ({ actor, input }, id) => addAmendment(actor, id, input),
  touches: boundRecord('Agreement'),
  onSuccess: (a, id) => `/manage/memoranda/${id}?${savedQuery(a)}#amendments`,
})

export const renewMemorandumAction = actorAction({
  entity: 'Agreement',
  bind: [RecordId],
  input: RenewalInput,
  signInReturn: (id) => `/manage/memoranda/${id}/renew`,
  mutate: ({ actor, input }, id) => renewMemorandum(actor, id, input),
  touches: (renewal, id) => ({ entity: 'Agreement', id: renewal?.id ?? id }),
  onSuccess: (m) => `/manage/memoranda/${m.id}?${savedQuery(m)}`,
})

export const terminateMemorandumAction = actorAction({
  entity: 'Agreement',
  bind: [RecordId],
  input: TerminationInput,
  signInReturn: (id) => `/manage/memoranda/${id}/terminate`,
  mutate: ({ actor, input }, id) => terminateMemorandum(actor, id, input),
  touches: boundRecord('Agreement'),
  onSuccess: (_, id) => `/manage/memoranda/${id}?saved=1`,
})

export const deleteMemorandumAction = actorAction({
  entity: 'Agreement',
  bind: [RecordId, Version],
  signInReturn: (id) => `/manage/memoranda/${id}`,
  mutate: ({ actor }, id, version) => deleteMemorandum(actor, id, version),
  touches: boundRecord('Agreement'),
  onSuccess: () => '/manage/memoranda?deleted=1',
})
