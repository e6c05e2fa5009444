import { z } from 'zod'
import { choice, email, optionalChoice, optionalId, optionalText, requiredId, requiredText } from '@/lib/forms/fields'

export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 72 // bcrypt ignores bytes past 72

export const membershipRoles = ['EDITOR', 'OFFICIAL', 'VIEWER'] as const
export const globalRoles = ['USER', 'ADMIN'] as const

export const SignInInput = z.object({
  email: email(),
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
  // Cleaned like every text field; lib/auth/next-path.ts then accepts only a manage path of ours.
  next: optionalText(500),
})

const password = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .min(PASSWORD_MIN, { error: 'passwordTooShort' })
  .max(PASSWORD_MAX, { error: 'passwordTooLong' })

const NewPassword = z.object({ password, passwordConfirm: z.string({ error: 'required' }) })
const matching = <T extends { password: string; passwordConfirm: string }>(v: T) => v.password === v.passwordConfirm

export const SetPasswordInput = NewPassword.refine(matching, { error: 'passwordMismatch', path: ['passwordConfirm'] })
export type SetPasswordInput = z.infer<typeof SetPasswordInput>

export const AcceptInvitationInput = NewPassword.extend({ name: requiredText(120) }).refine(matching, {
  error: 'passwordMismatch',
  path: ['passwordConfirm'],
})
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>

export const InvitationInput = z
  .object({
    email: email(),
    globalRole: choice(globalRoles),
    organizationId: optionalId(),
    role: optionalChoice(membershipRoles),
  })
  .refine((v) => Boolean(v.organizationId) === Boolean(v.role), { error: 'membershipNeedsRole', path: ['role'] })
export type InvitationInput = z.infer<typeof InvitationInput>

export const MembershipInput = z.object({ organizationId: requiredId(), role: choice(membershipRoles) })
export type MembershipInput = z.infer<typeof MembershipInput>

/** "Forgot password?": the address of the account. */
export const ForgotPasswordInput = z.object({ email: email() })
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordInput>
