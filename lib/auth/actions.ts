'use server'

import { AuthError } from 'next-auth'
import { getLocale } from 'next-intl/server'
import { anonymousAction } from '@/lib/actions/actor-action'
import type { FormState, FormValues } from '@/lib/forms/state'
import { SignInInput } from '@/lib/users/schema'
import { currentSession, signIn, signOut } from './config'
import { safeNextPath } from './next-path'
import { endSessions } from './sessions'

/**
 * Credentials are checked by Auth.js (lib/auth/config.ts → lib/auth/credentials.ts): a wrong pair is
 * one message, never which part; too many failures say when to try again.
 */
export const signInAction = anonymousAction({
  entity: 'Session',
  input: SignInInput,
  mutate: async ({ input }) => input,
  onSuccess: async ({ email, password, next }): Promise<FormState> => {
    const locale = await getLocale()
    try {
      // Success is a redirect, thrown: it must leave this function.
      await signIn('credentials', { email, password, redirectTo: safeNextPath(next, locale) })
    } catch (e) {
      if (e instanceof AuthError) {
        const values: FormValues = next ? { email, next } : { email }
        // Compared by code, not class: Auth.js may reach us through another copy of its module.
        const retryAfterS = (e as { code?: unknown; retryAfterS?: unknown }).retryAfterS
        if ((e as { code?: unknown }).code === 'rate_limited' && typeof retryAfterS === 'number')
          return {
            status: 'invalid',
            fieldErrors: {},
            formError: 'tooManyAttempts',
            retryAfterMinutes: Math.ceil(retryAfterS / 60),
            values,
          }
        return { status: 'invalid', fieldErrors: {}, formError: 'wrongCredentials', values }
      }
      throw e
    }
    return { status: 'idle' }
  },
})

/** Ends the session on the server too (ADR 009): a copy of the cookie kept from before opens nothing. */
export const signOutAction = anonymousAction({
  entity: 'Session',
  mutate: async () => {
    const session = await currentSession()
    if (session) await endSessions(session.userId, session.sessionVersion)
  },
  onSuccess: async () => {
    await signOut({ redirectTo: `/${await getLocale()}` })
    return { status: 'idle' }
  },
})
