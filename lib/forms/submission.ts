import { createHash } from 'node:crypto'

/**
 * The id of a record created by a form submission: derived from the actor and the submission key the
 * form was rendered with. Submitting the same form twice (a double click, a retry after a timeout)
 * therefore names the same row; the second insert hits the primary key and the action shows the row
 * the first one made instead of a duplicate.
 */
export function recordIdFor(userId: string, submissionKey: string): string {
  return 'c' + createHash('sha256').update(`${userId}:${submissionKey}`).digest('hex').slice(0, 24)
}
