'use server'

import { z } from 'zod'
import { actorAction } from '@/lib/actions/actor-action'
import { RecordId } from '@/lib/actions/bound'
import { boundRecord } from '@/lib/manage/revalidate'
import { deleteDocument, setDocumentPublic } from './mutations'

export const setDocumentPublicAction = actorAction({
  entity: 'Document',
  bind: [RecordId, z.boolean()],
  mutate: ({ actor }, id, isPublic) => setDocumentPublic(actor, id, isPublic),
  touches: boundRecord('Document'),
})

export const deleteDocumentAction = actorAction({
  entity: 'Document',
  bind: [RecordId],
  mutate: ({ actor }, id) => deleteDocument(actor, id),
  touches: boundRecord('Document'),
  onSuccess: (d) => `/manage/memoranda/${d.agreementId}#documents`,
})
