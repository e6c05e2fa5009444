'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { getLocale, getTranslations } from 'next-intl/server'
import { z } from 'zod'
import { actorAction, anonymousAction } from '@/lib/actions/actor-action'
import { LinkToken, RecordId } from '@/lib/actions/bound'
import { signIn } from '@/lib/auth/config'
import { readEnv } from '@/lib/env'
import type { FormState } from '@/lib/forms/state'
import { sendMail } from '@/lib/mail'
import {
  acceptInvitation,
  addMembership,
  inviteUser,
  issuePasswordReset,
  removeMembership,
  resetPassword,
  revokeInvitation,
  setUserAccess,
} from './mutations'
import { AcceptInvitationInput, InvitationInput, MembershipInput, SetPasswordInput } from './schema'

/** The public origin for links in mails: APP_URL, else the origin this request came to. */
async function origin(): Promise<string> {
  const configured = readEnv().APP_URL
  if (configured) return configured.replace(/\/$/, '')
  const h = await headers()
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000'
  const proto =
    h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https')
  return `${proto}://${host}`
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
  mutate: ({ actor, input }) => inviteUser(actor, input),
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
  mutate: ({ actor }, userId) => issuePasswordReset(actor, userId),
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
