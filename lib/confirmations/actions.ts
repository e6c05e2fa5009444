'use server'

import { z } from 'zod'
import { actorAction } from '@/lib/actions/actor-action'
import { RecordId, ReturnTo } from '@/lib/actions/bound'
import { namedRecord } from '@/lib/manage/revalidate'
import { answerConfirmation } from './mutations'
import { confirmableEntities, ConfirmationInput } from './schema'

/** An official answers for their body: confirmed, or disputed with a comment; back to the page it was given on. */
export const answerConfirmationAction = actorAction({
  entity: 'Confirmation',
  bind: [z.enum(confirmableEntities), RecordId, ReturnTo],
  input: ConfirmationInput,
  signInReturn: (_entity, _id, returnTo) => returnTo,
  mutate: ({ actor, input }, entity, id) => answerConfirmation(actor, entity, id, input),
  touches: namedRecord,
  onSuccess: (_, _entity, id, returnTo) => `${returnTo}?saved=1#item-${id}`,
})
