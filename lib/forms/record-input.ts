import type { z } from 'zod'
import { always, optionalId, submissionKey, version } from './fields'

/** A record form's checks across fields; they see raw values where a field failed (see `always`). */
type CrossChecks<S extends z.core.$ZodShape> = (v: Partial<z.infer<z.ZodObject<S>>>, ctx: z.RefinementCtx) => void

// The extended object's output has every field of `fields` and more, so the checks read what they expect;
// TypeScript cannot see that through a generic `extend`, hence the widening.
const widen = <S extends z.core.$ZodShape>(checks: CrossChecks<S>) =>
  checks as (v: unknown, ctx: z.RefinementCtx) => void

/** A new record's input: its form's fields, the submission key that makes a second submit harmless, the cross-checks. */
export function createInput<S extends z.core.$ZodShape>(fields: z.ZodObject<S>, crossChecks: CrossChecks<S>) {
  return fields.extend({ submissionKey: submissionKey() }).superRefine(widen(crossChecks), always)
}

/** The same for a record whose owner the form may choose (an actor of several organizations). */
export function createOwnedInput<S extends z.core.$ZodShape>(fields: z.ZodObject<S>, crossChecks: CrossChecks<S>) {
  return fields
    .extend({ ownerOrganizationId: optionalId(), submissionKey: submissionKey() })
    .superRefine(widen(crossChecks), always)
}

/** An edit's input: the form's fields and the version it was read at (a stale edit is a conflict), the cross-checks. */
export function updateInput<S extends z.core.$ZodShape>(fields: z.ZodObject<S>, crossChecks: CrossChecks<S>) {
  return fields.extend({ version: version() }).superRefine(widen(crossChecks), always)
}
