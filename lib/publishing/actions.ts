'use server'

import { z } from 'zod'
import { actorAction } from '@/lib/actions/actor-action'
import { RecordId, ReturnTo, Version } from '@/lib/actions/bound'
import { namedRecord } from '@/lib/manage/revalidate'
import { publishableEntities, setPublication } from './mutations'

/**
 * Publishes or withdraws a record (bound by the page: entity, id, the version shown, the target
 * status, whether to include its contents, and the manage page to return to). Public pages, the
 * territory API and any cached render are rebuilt on their next request.
 */
export const setPublicationAction = actorAction({
  entity: 'Publication',
  bind: [z.enum(publishableEntities), RecordId, Version, z.enum(['PUBLISHED', 'DRAFT']), z.boolean(), ReturnTo],
  signInReturn: (_entity, _id, _version, _to, _withContents, returnTo) => returnTo,
  mutate: ({ actor }, entity, id, version, to, withContents) =>
    setPublication(actor, entity, id, version, to, { withContents }),
  touches: namedRecord,
  onSuccess: (result, _entity, _id, _version, to, _withContents, returnTo) =>
    `${returnTo}?${to === 'PUBLISHED' ? 'published' : 'withdrawn'}=${result.changed}`,
})
