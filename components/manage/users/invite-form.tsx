'use client'

import { useTranslations } from 'next-intl'
import { ActionForm } from '@/components/forms/action-form'
import { SelectField, SubmitButton, TextField } from '@/components/forms/fields'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { enumLabel } from '@/lib/i18n/enums'
import type { OrganizationOption } from '@/lib/organizations/options'
import { inviteUserAction } from '@/lib/users/actions'
import { globalRoles, InvitationInput, membershipRoles } from '@/lib/users/schema'

export function InviteForm({ organizations }: { organizations: OrganizationOption[] }) {
  const t = useTranslations('manage')
  const te = useTranslations('enums')
  return (
    <ActionForm action={inviteUserAction} schema={InvitationInput} aria-label={t('users.inviteTitle')}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="email" type="email" label={t('users.email')} required />
        <SelectField
          name="globalRole"
          label={t('users.globalRole')}
          options={globalRoles.map((r) => ({ value: r, label: enumLabel(te, 'globalRole', r) }))}
        />
        <OrganizationSelect
          name="organizationId"
          label={t('users.organization')}
          options={organizations}
          hint={t('users.organizationHint')}
        />
        <SelectField
          name="role"
          label={t('users.role')}
          placeholder={t('users.noMembership')}
          options={membershipRoles.map((r) => ({ value: r, label: enumLabel(te, 'membershipRole', r) }))}
          hint={t('users.roleHint')}
        />
      </div>
      <SubmitButton>{t('users.inviteSubmit')}</SubmitButton>
    </ActionForm>
  )
}
