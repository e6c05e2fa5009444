'use client'

import { useTranslations } from 'next-intl'
import { useMemo } from 'react'
import { useEnumOptions } from '@/components/forms/enum-options'
import { useFormContext } from '@/components/forms/action-form'
import { ControlledSelect, ControlledText } from '@/components/forms/controlled'
import { FieldError } from '@/components/forms/fields'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { AddRowButton, RemoveRowButton, useRows } from '@/components/forms/rows'
import { rowIndexes, textValue } from '@/components/forms/values'
import type { FormValues } from '@/lib/forms/state'
import { enumLabel } from '@/lib/i18n/enums'
import { partyTypes } from '@/lib/organizations/kinds'
import type { OrganizationOption } from '@/lib/organizations/options'

// The list of parties of a partnership or a memorandum: each an organization of the registry, or one
// known only by its name and type, plus what the record says about it (a role, a signatory).

type PartyBase = {
  key: number
  id: string
  organizationId: string
  outside: boolean
  nameAsReported: string
  partyType: string
}
export type PartyRow<E> = PartyBase & { extra: E }

/** Party rows from form values ("parties.0.organizationId", …); `extra` reads the record's own fields. */
export function partyRowsFrom<E>(values: FormValues, extra: (v: (field: string) => string) => E): PartyRow<E>[] {
  return rowIndexes(values, 'parties').map((i, key) => {
    const v = (field: string) => textValue(values, `parties.${i}.${field}`)
    return {
      key,
      id: v('id'),
      organizationId: v('organizationId'),
      outside: !v('organizationId') && Boolean(v('nameAsReported')),
      nameAsReported: v('nameAsReported'),
      partyType: v('partyType'),
      extra: extra(v),
    }
  })
}

export function PartiesEditor<E>({
  organizations,
  initial,
  blank,
  legend,
  hint,
  renderExtra,
  onLsgChosen,
}: {
  organizations: OrganizationOption[]
  initial: PartyRow<E>[]
  /** The record's own fields of a new row. */
  blank: () => E
  legend: string
  hint: string
  /** The record's own fields of one row, named under `prefix` ("parties.0"). */
  renderExtra: (extra: E, prefix: string, update: (patch: Partial<E>) => void) => React.ReactNode
  onLsgChosen?: (territoryId: string) => void
}) {
  const t = useTranslations('manage')
  const te = useTranslations('enums')
  const enumOptions = useEnumOptions()
  const { errors } = useFormContext()
  const row = (key: number): PartyRow<E> => ({
    key,
    id: '',
    organizationId: '',
    outside: false,
    nameAsReported: '',
    partyType: '',
    extra: blank(),
  })
  const { rows, add, remove, update } = useRows(initial.length ? initial : [row(0), row(1)], row)
  const byId = useMemo(() => new Map(organizations.map((o) => [o.id, o])), [organizations])
  const updateExtra = (key: number, patch: Partial<E>) => update(key, (r) => ({ extra: { ...r.extra, ...patch } }))
  const groupErrors = errors['parties'] ?? []

  return (
    <fieldset className="space-y-3" aria-describedby={groupErrors.length ? 'parties-error' : undefined}>
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      <p className="text-xs text-stone-500">{hint}</p>
      <FieldError id="parties-error" keys={groupErrors} />
      <ol className="space-y-3">
        {rows.map((r, i) => {
          const org = byId.get(r.organizationId)
          const p = `parties.${i}`
          return (
            <li key={r.key} className="rounded-md border border-stone-200 bg-stone-50 p-3" data-party-row={i}>
              {r.id && <input type="hidden" name={`${p}.id`} value={r.id} />}
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <span className="text-sm font-semibold text-stone-700">
                  {t('partnerships.partyNumber', { n: i + 1 })}
                </span>
                <div className="flex gap-3">
                  <label className="flex items-center gap-1 text-sm">
                    <input
                      type="checkbox"
                      checked={r.outside}
                      onChange={(e) => update(r.key, { outside: e.target.checked, organizationId: '' })}
                    />
                    {t('partnerships.outsideRegistry')}
                  </label>
                  <RemoveRowButton onClick={() => remove(r.key)}>
                    {t('partnerships.removeParty', { n: i + 1 })}
                  </RemoveRowButton>
                </div>
              </div>
              {r.outside ? (
                <div className="grid gap-3 sm:grid-cols-2">
                  <ControlledText
                    name={`${p}.nameAsReported`}
                    label={t('partnerships.fields.partyName')}
                    value={r.nameAsReported}
                    onChange={(v) => update(r.key, { nameAsReported: v })}
                  />
                  <ControlledSelect
                    name={`${p}.partyType`}
                    label={t('partnerships.fields.partyType')}
                    value={r.partyType}
                    onChange={(v) => update(r.key, { partyType: v })}
                    options={enumOptions('partyType', partyTypes)}
                  />
                </div>
              ) : (
                <OrganizationSelect
                  name={`${p}.organizationId`}
                  label={t('partnerships.fields.organization')}
                  options={organizations}
                  value={r.organizationId}
                  onChange={(id, o) => {
                    update(r.key, { organizationId: id })
                    if (o?.partyType === 'LSG' && o.governsTerritoryId) onLsgChosen?.(o.governsTerritoryId)
                  }}
                  hint={
                    org ? t('partnerships.partyTypeIs', { type: enumLabel(te, 'partyType', org.partyType) }) : undefined
                  }
                />
              )}
              {renderExtra(r.extra, p, (patch) => updateExtra(r.key, patch))}
            </li>
          )
        })}
      </ol>
      <AddRowButton onClick={add}>{t('partnerships.addParty')}</AddRowButton>
    </fieldset>
  )
}
