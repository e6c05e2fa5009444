'use client'

import { EnumField } from '@/components/forms/enum-field'
import { useTranslations } from 'next-intl'
import { locales } from '@/lib/i18n/locales'
import { SelectField } from './fields'

/** The language a record was written in (the others are translations of it). */
export function SourceLocaleField() {
  const t = useTranslations()
  return (
    <EnumField
      name="sourceLocale"
      label={t('manage.form.sourceLocale')}
      hint={t('manage.form.sourceLocaleHint')}
      labels="locale"
      values={locales}
      required
    />
  )
}

/** The organization a new record is entered for, when the actor acts for more than one. */
export function OwnerField({ options }: { options: { id: string; label: string }[] }) {
  const t = useTranslations('manage.form')
  if (options.length <= 1) return null
  return (
    <SelectField
      name="ownerOrganizationId"
      label={t('owner')}
      hint={t('ownerHint')}
      options={options.map((o) => ({ value: o.id, label: o.label }))}
      placeholder={t('chooseOrganization')}
      required
    />
  )
}
