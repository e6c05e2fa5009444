'use server'

import { headers } from 'next/headers'
import { getLocale, getTranslations } from 'next-intl/server'
import { revalidatePath } from 'next/cache'
import { requireActor } from '@/lib/auth/actor'
import { signIn } from '@/lib/auth/config'
import { readEnv } from '@/lib/env'
import { runButton, runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { sendMail } from '@/lib/mail'
import { redirect } from '@/lib/i18n/navigation'
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
async function deliver(kind: 'invitation' | 'reset', to: string, link: string): Promise<FormState> {
  const t = await getTranslations('auth.mail')
  const sent = await sendMail({ to, subject: t(`${kind}Subject`), text: t(`${kind}Body`, { link }) })
  return sent
    ? { status: 'saved', message: t('sent', { email: to }) }
    : { status: 'saved', message: t('notSent'), link }
}

export async function inviteUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor('/manage/users')
  const run = await runForm(formData, InvitationInput, (input) => inviteUser(actor, input), {
    actorId: actor.userId,
    entity: 'Invitation',
  })
  if (!run.ok) return run.state
  revalidatePath('/[locale]/manage/users', 'page')
  const locale = await getLocale()
  const email = String(formData.get('email') ?? '')
    .trim()
    .toLowerCase()
  return deliver('invitation', email, `${await origin()}/${locale}/invitation/${run.result.token}`)
}

export async function revokeInvitationAction(invitationId: string): Promise<void> {
  const actor = await requireActor('/manage/users')
  await runButton(() => revokeInvitation(actor, invitationId), {
    actorId: actor.userId,
    entity: 'Invitation',
    entityId: invitationId,
  })
  revalidatePath('/[locale]/manage/users', 'page')
}

export async function issuePasswordResetAction(
  userId: string,
  _state: FormState,
  _formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(`/manage/users/${userId}`)
  const run = await runButton(() => issuePasswordReset(actor, userId), {
    actorId: actor.userId,
    entity: 'User',
    entityId: userId,
  })
  if (!run.ok) return run.state
  const locale = await getLocale()
  return deliver('reset', run.result.email, `${await origin()}/${locale}/reset-password/${run.result.token}`)
}

export async function addMembershipAction(userId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/manage/users/${userId}`)
  const run = await runForm(formData, MembershipInput, (input) => addMembership(actor, userId, input), {
    actorId: actor.userId,
    entity: 'Membership',
  })
  if (!run.ok) return run.state
  revalidatePath('/[locale]/manage/users', 'layout')
  return { status: 'saved' }
}

export async function removeMembershipAction(userId: string, membershipId: string): Promise<void> {
  const actor = await requireActor(`/manage/users/${userId}`)
  await runButton(() => removeMembership(actor, membershipId), {
    actorId: actor.userId,
    entity: 'Membership',
    entityId: membershipId,
  })
  revalidatePath('/[locale]/manage/users', 'layout')
}

export async function setUserAccessAction(
  userId: string,
  change: { admin?: boolean; disabled?: boolean },
): Promise<void> {
  const actor = await requireActor(`/manage/users/${userId}`)
  await runButton(() => setUserAccess(actor, userId, change), {
    actorId: actor.userId,
    entity: 'User',
    entityId: userId,
  })
  revalidatePath('/[locale]/manage/users', 'layout')
}

export async function acceptInvitationAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  const run = await runForm(formData, AcceptInvitationInput, (input) => acceptInvitation(token, input), {
    entity: 'Invitation',
  })
  if (!run.ok) return run.state
  const locale = await getLocale()
  // Signed in straight away with the new password.
  await signIn('credentials', {
    email: run.result.email,
    password: String(formData.get('password')),
    redirectTo: `/${locale}/manage`,
  })
  return { status: 'saved' }
}

export async function resetPasswordAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  const run = await runForm(formData, SetPasswordInput, (input) => resetPassword(token, input), {
    entity: 'PasswordResetToken',
  })
  if (!run.ok) return run.state
  const locale = await getLocale()
  return redirect({ href: { pathname: '/sign-in', query: { reset: '1' } }, locale })
}
