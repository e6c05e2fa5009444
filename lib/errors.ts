import type { ErrorKey } from '@/lib/forms/errors'
import type { FieldErrors } from '@/lib/forms/state'

/**
 * A failure the user can act on, raised by mutations and turned into a form state by actions:
 * - not_found: the record does not exist or the actor may not see it (never says which: no 403 details)
 * - conflict: the record changed since the form was opened (optimistic locking); nothing was written
 * - invalid: a rule on the data, reported next to `field` (e.g. an id of a record the actor cannot use)
 */
export class AppError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'invalid' | 'forbidden',
    readonly key: ErrorKey,
    readonly field?: string,
    /** Several fields at once (checks against the database report all they find). */
    readonly fieldErrors?: FieldErrors,
    /** For a conflict: the fields someone else changed since the form was opened. */
    readonly changed?: string[],
  ) {
    super(`${code}: ${key}${field ? ` (${field})` : ''}`)
    this.name = 'AppError'
  }
}

/** Too many requests of one kind in a short time: the form says when to try again. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterS: number) {
    super('forbidden', 'tooManyRequests')
    this.name = 'RateLimitedError'
  }
}

export const notFound = () => new AppError('not_found', 'notFound')
export const conflict = (changed?: string[]) => new AppError('conflict', 'conflict', undefined, undefined, changed)
export const invalid = (field: string, key: ErrorKey) => new AppError('invalid', key, field)

/** Throws every collected field error at once, or nothing. */
export function throwIfInvalid(errors: FieldErrors) {
  const fields = Object.keys(errors)
  if (fields.length) throw new AppError('invalid', errors[fields[0]][0], fields[0], errors)
}

/** Collects field errors found by database checks. */
export function errorCollector() {
  const errors: FieldErrors = {}
  return {
    errors,
    add(field: string, key: ErrorKey) {
      const list = (errors[field] ??= [])
      if (!list.includes(key)) list.push(key)
    },
  }
}
