import { z } from 'zod'

/**
 * Schemas of the arguments a page binds to a server action (`action.bind(null, id, version)`). Bound
 * arguments travel through the browser like any form field, so the action wrapper checks them before
 * anything else runs.
 */

/** A record id: a cuid, or a seeded id of the same shape ('c' + 24 characters). */
export const RecordId = z.string().regex(/^c[a-z0-9]{24}$/)

/** The version of a record the page showed (optimistic locking): a positive integer, never an object. */
export const Version = z.number().int().positive().max(2_147_483_647)

/** A one-time link token as issued by lib/auth/tokens.ts (256 bits, base64url). */
export const LinkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/)

/**
 * A manage page to come back to after an action: the desk ("/manage"), a record's page, its edit page
 * or a partnership's party view — a path of this app, never another site.
 */
export const ReturnTo = z.string().regex(/^\/manage(\/[a-z-]+\/c[a-z0-9]{24}(\/edit|\/party)?)?$/)
