'use server'

import { z } from 'zod'
import { actorAction } from '@/lib/actions/actor-action'
import { RecordId } from '@/lib/actions/bound'
import { revalidatePublic } from '@/lib/manage/revalidate'
import { answerConfirmation } from './mutations'
import { confirmableEntities, ConfirmationInput } from './schema'

/** An official answers for their body: confirmed, or disputed with a comment (the form stays on its page). */
export const answerConfirmationAction = actorAction({
  entity: 'Confirmation',
  bind: [z.enum(confirmableEntities), RecordId],
  input: ConfirmationInput,
  signInReturn: () => '/manage',
  mutate: ({ actor, input }, entity, id) => answerConfirmation(actor, entity, id, input),
  revalidate: revalidatePublic,
})
