'use client'

import { useTranslations } from 'next-intl'
import { ActionForm, type FormAction } from '@/components/forms/action-form'
import { SelectField, SubmitButton } from '@/components/forms/fields'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { enumLabel } from '@/lib/i18n/enums'
import type { OrganizationOption } from '@/lib/organizations/options'
import { MembershipInput, membershipRoles } from '@/lib/users/schema'

export function MembershipForm({ action, organizations }: { action: FormAction; organizations: OrganizationOption[] }) {
  const t = useTranslations('manage')
  const te = useTranslations('enums')
  return (
    <ActionForm action={action} schema={MembershipInput} aria-label={t('users.addMembership')}>
      <div className="grid gap-4 sm:grid-cols-2">
        <OrganizationSelect name="organizationId" label={t('users.organization')} options={organizations} required />
        <SelectField
          name="role"
          label={t('users.role')}
          options={membershipRoles.map((r) => ({ value: r, label: enumLabel(te, 'membershipRole', r) }))}
          hint={t('users.roleHint')}
          required
        />
      </div>
      <SubmitButton>{t('users.addMembership')}</SubmitButton>
    </ActionForm>
  )
}

/** A button that asks the server for a one-time link (shown here when no mail is configured). */
export function ResetLinkForm({ action }: { action: FormAction }) {
  const t = useTranslations('manage.users')
  return (
    <ActionForm action={action} aria-label={t('resetTitle')}>
      <p className="text-sm text-stone-700">{t('resetLead')}</p>
      <SubmitButton variant="secondary">{t('resetSubmit')}</SubmitButton>
    </ActionForm>
  )
}
