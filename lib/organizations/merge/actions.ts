'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { RecordId } from '@/lib/actions/bound'
import { prisma } from '@/lib/db'
import { anyRecord } from '@/lib/manage/revalidate'
import { mergeOrganizations, undoMerge } from './merge'
import { MergeOrganizationsInput } from './schema'

/** Folds a duplicate into the organization of the page (admins only; the mutation checks). */
export const mergeOrganizationsAction = actorAction({
  entity: 'Organization',
  bind: [RecordId],
  input: MergeOrganizationsInput,
  signInReturn: (id) => `/manage/organizations/${id}/merge`,
  mutate: ({ actor, input }, id) => mergeOrganizations(prisma, actor, id, input.mergedId),
  // Every record of two organizations moves, and the duplicate's own places and lists lose it: a bulk
  // change, like an import (rare, and by an administrator), so every public entry expires.
  touches: anyRecord,
  onSuccess: (_, id) => `/manage/organizations/${id}/merge?done=merged`,
})

/** Undoes a merge while none of the records involved has changed since (admins only). */
export const undoOrganizationMergeAction = actorAction({
  entity: 'OrganizationMerge',
  bind: [RecordId],
  signInReturn: () => '/manage/organizations',
  mutate: ({ actor }, mergeId) => undoMerge(prisma, actor, mergeId),
  touches: anyRecord,
  onSuccess: ({ survivorId }) => `/manage/organizations/${survivorId}/merge?done=undone`,
})
