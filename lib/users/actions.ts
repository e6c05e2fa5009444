'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { getLocale, getTranslations } from 'next-intl/server'
import { z } from 'zod'
import { actorAction, anonymousAction } from '@/lib/actions/actor-action'
import { LinkToken, RecordId } from '@/lib/actions/bound'
import { signIn } from '@/lib/auth/config'
import type { Actor } from '@/lib/auth/roles'
import { linkOrigin } from '@/lib/deployment'
import { RateLimitedError } from '@/lib/errors'
import type { FormState } from '@/lib/forms/state'
import { mailConfigured, sendMail } from '@/lib/mail'
import { rateLimitConfig } from '@/lib/rate-limit/config'
import { limiter, take } from '@/lib/rate-limit/store'
import {
  acceptInvitation,
  addMembership,
  inviteUser,
  issuePasswordReset,
  removeMembership,
  requestPasswordReset,
  resetPassword,
  revokeInvitation,
  setUserAccess,
} from './mutations'
import {
  AcceptInvitationInput,
  ForgotPasswordInput,
  InvitationInput,
  MembershipInput,
  SetPasswordInput,
} from './schema'

/** The public origin for links in mails: APP_URL in production, never a request header (lib/deployment.ts). */
async function origin(): Promise<string> {
  return linkOrigin(process.env, (await headers()).get('host'))
}

/**
 * Invitations and password links per admin: a stolen admin session, or a script, cannot mail a flood of
 * links (each one also a message in someone's inbox).
 */
async function limitLinks(actor: Actor) {
  const perHour = rateLimitConfig().RATE_LIMIT_LINKS_PER_HOUR
  if (!perHour) return
  const wait = await take(await limiter('links', { points: perHour, durationS: 3600 }), actor.userId)
  if (wait) throw new RateLimitedError(wait)
}

/** Mails the link when SMTP is configured; otherwise the form shows it to the admin to pass on. */
async function deliver(kind: 'invitation' | 'reset', to: string, path: string): Promise<FormState> {
  const [t, locale, base] = await Promise.all([getTranslations('auth.mail'), getLocale(), origin()])
  const link = `${base}/${locale}/${path}`
  const sent = await sendMail({ to, subject: t(`${kind}Subject`), text: t(`${kind}Body`, { link }) })
  return sent
    ? { status: 'saved', message: t('sent', { email: to }) }
    : { status: 'saved', message: t('notSent'), link }
}

const revalidateUsers = () => revalidatePath('/[locale]/manage/users', 'layout')

export const inviteUserAction = actorAction({
  entity: 'Invitation',
  input: InvitationInput,
  signInReturn: () => '/manage/users',
  mutate: async ({ actor, input }) => {
    await limitLinks(actor)
    return inviteUser(actor, input)
  },
  revalidate: revalidateUsers,
  onSuccess: (invitation) => deliver('invitation', invitation.email, `invitation/${invitation.token}`),
})

export const revokeInvitationAction = actorAction({
  entity: 'Invitation',
  bind: [RecordId],
  signInReturn: () => '/manage/users',
  mutate: ({ actor }, invitationId) => revokeInvitation(actor, invitationId),
  revalidate: revalidateUsers,
})

export const issuePasswordResetAction = actorAction({
  entity: 'User',
  bind: [RecordId],
  signInReturn: (userId) => `/manage/users/${userId}`,
  mutate: async ({ actor }, userId) => {
    await limitLinks(actor)
    return issuePasswordReset(actor, userId)
  },
  onSuccess: (reset) => deliver('reset', reset.email, `reset-password/${reset.token}`),
})

export const addMembershipAction = actorAction({
  entity: 'Membership',
  bind: [RecordId],
  input: MembershipInput,
  signInReturn: (userId) => `/manage/users/${userId}`,
  mutate: ({ actor, input }, userId) => addMembership(actor, userId, input),
  revalidate: revalidateUsers,
})

export const removeMembershipAction = actorAction({
  entity: 'Membership',
  bind: [RecordId, RecordId],
  signInReturn: (userId) => `/manage/users/${userId}`,
  mutate: ({ actor }, _userId, membershipId) => removeMembership(actor, membershipId),
  revalidate: revalidateUsers,
})

/** Exactly one change at a time: admin rights, or whether the account is disabled. */
const AccessChange = z.union([z.strictObject({ admin: z.boolean() }), z.strictObject({ disabled: z.boolean() })])

export const setUserAccessAction = actorAction({
  entity: 'User',
  bind: [RecordId, AccessChange],
  signInReturn: (userId) => `/manage/users/${userId}`,
  mutate: ({ actor }, userId, change) => setUserAccess(actor, userId, change),
  revalidate: revalidateUsers,
})

export const acceptInvitationAction = anonymousAction({
  entity: 'Invitation',
  bind: [LinkToken],
  input: AcceptInvitationInput,
  mutate: async ({ input }, token) => ({ ...(await acceptInvitation(token, input)), password: input.password }),
  onSuccess: async (account) => {
    // Signed in straight away with the new password; success is a redirect, thrown.
    await signIn('credentials', {
      email: account.email,
      password: account.password,
      redirectTo: `/${await getLocale()}/manage`,
    })
    return { status: 'saved' }
  },
})

export const resetPasswordAction = anonymousAction({
  entity: 'PasswordResetToken',
  bind: [LinkToken],
  input: SetPasswordInput,
  mutate: ({ input }, token) => resetPassword(token, input),
  onSuccess: () => '/sign-in?reset=1',
})

/**
 * "Forgot password?": mails a reset link when SMTP is configured and the address has an account. The
 * answer is the same whether or not it has one, and a few requests an hour per address are served (the
 * rest are answered alike and sent nowhere). Without SMTP nothing is written: the page says to ask an
 * administrator, who can issue a link.
 */
export const requestPasswordResetAction = anonymousAction({
  entity: 'User',
  input: ForgotPasswordInput,
  mutate: async ({ input }) => {
    if (!mailConfigured()) return null
    const wait = await take(await limiter('reset-requests', { points: 3, durationS: 3600 }), input.email.toLowerCase())
    return wait ? null : requestPasswordReset(input.email)
  },
  onSuccess: async (reset) => {
    const t = await getTranslations('auth.forgot')
    if (!mailConfigured()) return { status: 'saved', message: t('noMail') }
    if (reset) {
      const [tm, locale, base] = await Promise.all([getTranslations('auth.mail'), getLocale(), origin()])
      const link = `${base}/${locale}/reset-password/${reset.token}`
      await sendMail({ to: reset.email, subject: tm('resetSubject'), text: tm('selfResetBody', { link }) })
    }
    return { status: 'saved', message: t('sent') }
  },
})
