/** Every kept draft's key starts so (components/forms/form-draft.ts); sign-out removes them all. */
export const DRAFT_PREFIX = 'registry-draft:'

/** A draft is kept per user and per organization the record belongs to, never shared between them. */
export const draftKey = (userId: string, organizationId: string, form: string) =>
  `${DRAFT_PREFIX}${userId}:${organizationId}:${form}`
