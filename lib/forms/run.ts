import 'server-only'
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { AppError, RateLimitedError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import { fieldErrorsOf, formDataToObject, formValues } from './parse'
import type { FormState, FormValues } from './state'

export type RunResult<R> = { ok: true; result: R } | { ok: false; state: FormState }

/**
 * The middle of every form action: parse with the shared schema (every field error at once, values
 * kept), run the mutation, and turn what it throws into a form state. Known failures (AppError, and
 * unique/foreign-key violations that slipped past the checks) get their message; anything else is
 * logged with ids and shown as a generic error, never with its text. Passwords are not echoed back.
 */
export async function runForm<S extends z.ZodType, R>(
  formData: FormData,
  schema: S,
  mutate: (input: z.output<S>) => Promise<R>,
  context: { actorId?: string; entity: string; entityId?: string },
): Promise<RunResult<R>> {
  const values = echo(formData)
  const parsed = schema.safeParse(formDataToObject(formData.entries()))
  if (!parsed.success)
    return { ok: false, state: { status: 'invalid', fieldErrors: fieldErrorsOf(parsed.error), values } }
  try {
    return { ok: true, result: await mutate(parsed.data) }
  } catch (e) {
    return { ok: false, state: failureState(e, values, context) }
  }
}

/** The same mapping for actions without a schema (buttons: publish, delete, remove). */
export async function runButton<R>(
  mutate: () => Promise<R>,
  context: { actorId?: string; entity: string; entityId?: string },
): Promise<RunResult<R>> {
  try {
    return { ok: true, result: await mutate() }
  } catch (e) {
    return { ok: false, state: failureState(e, {}, context) }
  }
}

export function failureState(
  e: unknown,
  values: FormValues,
  context: { actorId?: string; entity: string; entityId?: string },
): FormState {
  if (e instanceof RateLimitedError)
    return { status: 'error', formError: e.key, retryAfterMinutes: Math.ceil(e.retryAfterS / 60), values }
  if (e instanceof AppError) {
    if (e.code === 'conflict') return { status: 'conflict', formError: 'conflict', values, changed: e.changed }
    if (e.code === 'invalid' && e.fieldErrors) return { status: 'invalid', fieldErrors: e.fieldErrors, values }
    if (e.code === 'invalid' && e.field && e.field !== '_form')
      return { status: 'invalid', fieldErrors: { [e.field]: [e.key] }, values }
    return { status: 'error', formError: e.key, values }
  }
  if (
    e instanceof Prisma.PrismaClientKnownRequestError &&
    (e.code === 'P2002' || e.code === 'P2003' || e.code === 'P2025')
  ) {
    // A uniqueness or reference race the checks could not see: the user retries with fresh data.
    return { status: 'conflict', formError: 'conflict', values }
  }
  const requestId = randomUUID()
  console.error(
    `[action] request ${requestId} actor ${context.actorId ?? '-'} ${context.entity} ${context.entityId ?? '-'} failed:`,
    e,
  )
  return { status: 'error', formError: 'generic', values }
}

function echo(formData: FormData): FormValues {
  const values = formValues(formData.entries())
  for (const k of Object.keys(values)) if (/password/i.test(k)) delete values[k]
  return values
}
