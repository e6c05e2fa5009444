'use client'

import { withDraft } from '@/components/forms/form-draft'
import { EnumField } from '@/components/forms/enum-field'
import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'
import { CheckboxField, LocalizedFields, SelectField, TextField } from '@/components/forms/fields'
import { MoneyFields, WithheldAmountField } from '@/components/forms/money-fields'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { RecordForm, type RecordFormProps } from '@/components/forms/record-form'
import { textValue } from '@/components/forms/values'
import { ValuationFields } from './valuation-fields'
import {
  contributionKinds,
  contributionNatures,
  CreateContributionInput,
  IN_KIND,
  partyForms,
  UpdateContributionInput,
  valuationBases,
} from '@/lib/contributions/schema'
import type { ContributionKind } from '@/lib/generated/prisma/enums'
import { partyTypes } from '@/lib/organizations/kinds'
import type { Locale } from '@/lib/i18n/locales'
import { optionLabel, type OrganizationOption } from '@/lib/organizations/options'

export type GrantChoice = { id: string; label: string; counted: boolean }

export const ContributionForm = withDraft(function ContributionForm({
  organizations,
  parties = [],
  recipients,
  grants,
  linkedGrant,
  ...form
}: RecordFormProps & {
  organizations: OrganizationOption[]
  /** The partnership's parties among `organizations`, offered first (one click each). */
  parties?: string[]
  /** The partnership's organizations: who may receive a grant entered here. */
  recipients: { value: string; label: string }[]
  /** This project's grants already recorded (to count one here instead of entering it twice). */
  grants: GrantChoice[]
  /** The grant this line counts, if any (its money then changes with the line). */
  linkedGrant?: string
}) {
  const t = useTranslations('manage')
  const v = (k: string) => textValue(form.initialValues, k)
  const [partyForm, setPartyForm] = useState(v('partyForm') || 'ORGANIZATION')
  const [partyOrganization, setPartyOrganization] = useState(v('partyOrganizationId'))
  const [kind, setKind] = useState(v('kind') || 'CASH')
  const [isGrant, setIsGrant] = useState(v('isGrant') === 'on')
  const [grantId, setGrantId] = useState(v('grantId'))
  const uncounted = grants.filter((g) => !g.counted)
  return (
    <RecordForm
      {...form}
      schemas={{ create: CreateContributionInput, update: UpdateContributionInput }}
      label={t('contributions.formLabel')}
      createLabel={t('contributions.create')}
      addAnotherLabel={t('contributions.createAndAddAnother')}
    >
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-stone-900">{t('contributions.partyTitle')}</legend>
        <EnumField
          name="partyForm"
          label={t('contributions.fields.partyForm')}
          labels="partyForm"
          values={partyForms}
          onChange={setPartyForm}
          required
        />
        {partyForm === 'ORGANIZATION' ? (
          <>
            <PartyShortcuts
              ids={parties}
              organizations={organizations}
              chosen={partyOrganization}
              onChoose={setPartyOrganization}
            />
            <OrganizationSelect
              name="partyOrganizationId"
              label={t('contributions.fields.partyOrganization')}
              options={organizations}
              value={partyOrganization}
              onChange={setPartyOrganization}
              required
            />
          </>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="partyNameAsReported" label={t('contributions.fields.partyName')} required />
            {partyForm === 'COMMUNITY' ? (
              // A community is counted as one: the type is asked only of a party known by name alone.
              <p className="self-end pb-2 text-sm text-stone-600">
                {/* A line entered before (or imported) keeps the type it has. */}
                {v('partyType') && <input type="hidden" name="partyType" value={v('partyType')} />}
                {t('contributions.partyTypeDerived')}
              </p>
            ) : (
              <EnumField
                name="partyType"
                label={t('partnerships.fields.partyType')}
                labels="partyType"
                values={partyTypes}
                placeholder="—"
                required
              />
            )}
          </div>
        )}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-stone-900">{t('contributions.whatTitle')}</legend>
        <EnumField
          name="kind"
          label={t('contributions.fields.kind')}
          labels="contributionKind"
          values={contributionKinds}
          onChange={setKind}
          required
        />
        <EnumField
          name="nature"
          label={t('contributions.fields.nature')}
          hint={t('contributions.fields.natureHint')}
          labels="contributionNature"
          values={contributionNatures}
        />
        {grantId && !linkedGrant ? (
          <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">
            {t('contributions.moneyFromGrant')}
          </p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-3">
            <MoneyFields
              amountHint={t(
                kind === 'CASH' ? 'contributions.fields.amountHint' : 'contributions.fields.amountHintValued',
              )}
            />
            <TextField
              name="valueDate"
              label={t('contributions.fields.valueDate')}
              hint={t('contributions.fields.valueDateHint')}
            />
          </div>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="shareMin"
            label={t('contributions.fields.shareMin')}
            inputMode="decimal"
            hint={t('contributions.fields.shareHint')}
          />
          <TextField name="shareMax" label={t('contributions.fields.shareMax')} inputMode="decimal" />
        </div>
        {kind !== 'CASH' && (!grantId || IN_KIND.includes(kind as ContributionKind)) && (
          <div className="space-y-4 rounded-md border border-stone-200 bg-stone-50 p-3">
            {!grantId && <ValuationFields />}
            {IN_KIND.includes(kind as ContributionKind) && (
              <>
                <EnumField
                  name="valuationBasis"
                  label={t('contributions.fields.valuationBasis')}
                  hint={t('contributions.fields.valuationBasisHint')}
                  labels="valuationBasis"
                  values={valuationBases}
                  placeholder="—"
                />
                <LocalizedFields name="valuationNote" label={t('contributions.fields.valuationNote')} />
              </>
            )}
          </div>
        )}
        <CheckboxField
          name="isPledge"
          label={t('contributions.fields.isPledge')}
          hint={t('contributions.fields.isPledgeHint')}
        />
        <WithheldAmountField />
      </fieldset>

      {linkedGrant ? (
        <p className="rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {t('contributions.linkedGrant', { grant: linkedGrant })}
        </p>
      ) : (
        <fieldset className="space-y-4 rounded-md border border-stone-200 p-4">
          <legend className="px-1 text-base font-semibold text-stone-900">{t('contributions.grantTitle')}</legend>
          <p className="text-sm text-stone-600">{t('contributions.grantLead')}</p>
          {uncounted.length > 0 && (
            <SelectField
              name="grantId"
              label={t('contributions.fields.grantId')}
              options={uncounted.map((g) => ({ value: g.id, label: g.label }))}
              placeholder={t('contributions.noGrant')}
              onChange={(id) => (setGrantId(id), id && setIsGrant(false))}
            />
          )}
          {!grantId && (
            <div className="space-y-4">
              <label className="flex items-center gap-2 text-sm text-stone-800">
                <input
                  type="checkbox"
                  name="isGrant"
                  checked={isGrant}
                  onChange={(e) => setIsGrant(e.target.checked)}
                  className="h-4 w-4"
                />
                {t('contributions.fields.isGrant')}
              </label>
              {isGrant && (
                <>
                  <SelectField
                    name="grantRecipientId"
                    label={t('contributions.fields.grantRecipient')}
                    options={recipients}
                    placeholder="—"
                    required
                  />
                  <LocalizedFields name="grantTitle" label={t('contributions.fields.grantName')} />
                </>
              )}
            </div>
          )}
        </fieldset>
      )}

      <LocalizedFields name="note" label={t('contributions.fields.note')} multiline rows={2} />
    </RecordForm>
  )
})

/** The partnership's parties as buttons: one click chooses the contributor in the select below. */
function PartyShortcuts({
  ids,
  organizations,
  chosen,
  onChoose,
}: {
  ids: string[]
  organizations: OrganizationOption[]
  chosen: string
  onChoose: (id: string) => void
}) {
  const t = useTranslations('manage.contributions')
  const locale = useLocale() as Locale
  const options = ids.flatMap((id) => organizations.filter((o) => o.id === id))
  if (!options.length) return null
  return (
    <div role="group" aria-label={t('partnershipParties')} className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-stone-600">{t('partnershipParties')}</span>
      {options.map((o) => (
        <button
          key={o.id}
          type="button"
          aria-pressed={chosen === o.id}
          onClick={() => onChoose(o.id)}
          className="min-h-11 rounded-full border border-stone-300 bg-white px-3 py-1 text-sm text-stone-800 hover:bg-stone-100 aria-pressed:border-brand-700 aria-pressed:bg-brand-50 aria-pressed:font-semibold"
        >
          {optionLabel(o, locale)}
        </button>
      ))}
    </div>
  )
}
