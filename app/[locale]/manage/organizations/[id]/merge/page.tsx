import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ActionForm } from '@/components/forms/action-form'
import { ButtonForm } from '@/components/forms/button-form'
import { SubmitButton } from '@/components/forms/fields'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { Empty, linkClass, PageHeader, Section, secondaryButtonClass } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { RecordId } from '@/lib/actions/bound'
import { requireAdmin } from '@/lib/auth/actor'
import { formatDate } from '@/lib/format'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { mergeOrganizationsAction, undoOrganizationMergeAction } from '@/lib/organizations/merge/actions'
import type { MergeCounts } from '@/lib/organizations/merge/merge'
import { getMergePage } from '@/lib/organizations/merge/queries'

export const generateMetadata = messageTitle('manage', 'organizations.merge.title')

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const cell = 'border-b border-stone-200 px-2 py-1.5 text-left align-top'

/** A name in the page's language, else in any language it has. */
const nameIn = (name: unknown, locale: string) => {
  const names = (name ?? {}) as Record<string, string | undefined>
  return names[locale] ?? Object.values(names).find(Boolean)
}

/** "Grant.funder" → "Grant_funder": message keys cannot hold dots. */
const refKey = (name: string) => name.replace('.', '_')

export default async function MergeOrganizationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireAdmin(`/manage/organizations/${id}/merge`)
  const query = await searchParams
  const from = RecordId.safeParse(query.from)
  const [t, page] = await Promise.all([
    getTranslations('manage'),
    getMergePage(actor, id, from.success ? from.data : null, locale),
  ])
  if (!page) notFound()
  const { survivor, preview, merge } = page
  const m = (key: string, values?: Record<string, string | number>) =>
    t(`organizations.merge.${key}` as 'organizations.merge.title', values)
  const name = <LocalizedText value={survivor.name} locale={locale} sourceLocale={survivor.sourceLocale} />

  const countsTable = (counts: MergeCounts) => {
    const rows = Object.entries(counts).filter(([, c]) => c.moved || c.dropped)
    if (!rows.length) return <Empty>{m('nothingRefers')}</Empty>
    return (
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="text-stone-600">
            <th className={cell}>{m('reference')}</th>
            <th className={`${cell} text-right`}>{m('moved')}</th>
            <th className={`${cell} text-right`}>{m('dropped')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([ref, c]) => (
            <tr key={ref}>
              <td className={cell}>{m(`refs.${refKey(ref)}`)}</td>
              <td className={`${cell} text-right tabular-nums`}>{c.moved}</td>
              <td className={`${cell} text-right tabular-nums`}>{c.dropped || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )
  }

  return (
    <div className="space-y-6">
      <p>
        <Link href={`/manage/organizations/${id}`} className={linkClass}>
          ← <LocalizedText value={survivor.name} locale={locale} />
        </Link>
      </p>
      <PageHeader title={m('title')} lead={m('lead')} />
      {query.done === 'merged' || query.done === 'undone' ? (
        <p
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {m(query.done === 'merged' ? 'mergedBanner' : 'undoneBanner')}
        </p>
      ) : null}

      {merge && (
        <Section title={m('latestTitle')} id="latest">
          <p className="mb-3 text-stone-800">
            {m(merge.undoneAt ? 'latestUndone' : 'latestDone', {
              name: nameIn(merge.mergedName, locale) ?? merge.mergedSlug,
              slug: merge.mergedSlug,
              date: formatDate(merge.createdAt, locale),
              undone: merge.undoneAt ? formatDate(merge.undoneAt, locale) : '',
            })}
          </p>
          {countsTable(merge.counts)}
          {!merge.undoneAt &&
            (merge.blockers.length ? (
              <div
                role="note"
                className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
              >
                <p className="font-medium">{m('cannotUndo', { count: merge.blockers.length })}</p>
                <ul className="mt-1 list-disc pl-5">
                  {merge.blockers.slice(0, 20).map((b) => (
                    <li key={`${b.entity}-${b.id}-${b.reason}`}>
                      {m(`blocker.${b.reason}`, {
                        entity: t(`audit.entities.${b.entity}` as 'audit.entities.Organization'),
                        id: b.id,
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <div className="mt-4">
                <ButtonForm action={undoOrganizationMergeAction.bind(null, merge.id)} variant="danger">
                  {m('undo')}
                </ButtonForm>
              </div>
            ))}
        </Section>
      )}

      <Section title={m('chooseTitle')} id="choose">
        <form method="get" className="space-y-3">
          <OrganizationSelect
            name="from"
            label={m('duplicate')}
            hint={m('duplicateHint')}
            options={page.options}
            value={preview?.merged.id}
            required
          />
          <button type="submit" className={secondaryButtonClass}>
            {m('preview')}
          </button>
        </form>
      </Section>

      {preview && (
        <Section title={m('previewTitle')} id="preview">
          <p className="mb-3 text-stone-800">
            {m('previewLead', {
              merged: nameIn(preview.merged.name, locale) ?? preview.merged.slug,
            })}{' '}
            {name}
          </p>
          {countsTable(preview.counts)}
          <p className="mt-3 text-sm text-stone-700">
            {preview.aliasesAdded.length
              ? m('aliasesAdded', { names: preview.aliasesAdded.join(', ') })
              : m('noAliasesAdded')}
          </p>
          {preview.filled.length > 0 && (
            <p className="mt-1 text-sm text-stone-700">
              {m('filled', {
                fields: preview.filled.map((f) => m(`fields.${f}`)).join(', '),
              })}
            </p>
          )}
          <p className="mt-1 text-sm text-stone-700">{m('slugRedirect', { slug: preview.merged.slug })}</p>
          {preview.conflicts.length ? (
            <div
              role="alert"
              className="mt-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
            >
              <p className="font-medium">{m('conflicts', { count: preview.conflicts.length })}</p>
              <ul className="mt-1 list-disc pl-5 font-mono">
                {preview.conflicts.map((c) => (
                  <li key={`${c.kind}:${c.externalId}`}>
                    {c.kind}: {c.externalId}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <ActionForm action={mergeOrganizationsAction.bind(null, survivor.id)} className="mt-4 space-y-3">
              <input type="hidden" name="mergedId" value={preview.merged.id} />
              <p className="text-sm text-stone-700">{m('confirmLead')}</p>
              <SubmitButton variant="danger">{m('confirm')}</SubmitButton>
            </ActionForm>
          )}
        </Section>
      )}
    </div>
  )
}
