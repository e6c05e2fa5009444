import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { LocalizedText } from '@/components/ui/localized-text'
import { getActor } from '@/lib/auth/actor'
import { formatDate } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { redirect } from '@/lib/i18n/navigation'
import { getRecordHistory, survivorIdOf, type HistoryEntry } from '@/lib/public/history'

export const dynamic = 'force-dynamic'

export const generateMetadata = messageTitle('recordHistory', 'title')

/**
 * A record's history: public for published records. It says when, what kind of change, by which
 * organization in which role (never a person), and which fields changed — not their values, so no old
 * or withheld figure can be read here.
 */
export default async function HistoryPage({
  params,
}: {
  params: Promise<{ locale: string; entity: string; id: string }>
}) {
  const locale = await pageLocale(params)
  const { entity, id } = await params
  const actor = await getActor()
  const history = await getRecordHistory(actor, entity, id)
  if (!history) {
    // An organization merged into another: its history is part of the survivor's, which the reader may see.
    const survivor = entity === 'organization' ? await survivorIdOf(id) : null
    if (survivor && (await getRecordHistory(actor, entity, survivor)))
      redirect({ href: `/history/organization/${survivor}`, locale })
    notFound()
  }
  const [t, te] = await Promise.all([getTranslations('recordHistory'), getTranslations('enums')])
  const by = (b: HistoryEntry['by']) => {
    switch (b.kind) {
      case 'organization':
        return (
          <>
            <LocalizedText value={b.name} locale={locale} />, {t('role', { role: b.role })}
          </>
        )
      case 'member':
        return t('memberOf', { role: b.role })
      default:
        return t(`by.${b.kind}`)
    }
  }
  const field = (name: string) => (t.has(`fields.${name}`) ? t(`fields.${name}`) : name)
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <p className="text-sm font-medium tracking-wide text-stone-500 uppercase">{t(`entities.${history.entity}`)}</p>
        <h1 className="text-2xl font-semibold text-stone-950">
          <LocalizedText value={history.title} locale={locale} />
        </h1>
        <p className="mt-1 text-stone-700">{t('lead')}</p>
      </header>
      {history.entries.length === 0 ? (
        <p className="text-stone-600">{t('none')}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-stone-200 pl-4">
          {history.entries.map((e) => (
            <li key={e.id} data-history-entry={e.action}>
              <p className="text-sm text-stone-500">
                <time dateTime={e.at.toISOString()}>{formatDate(e.at, locale)}</time>
              </p>
              <p className="font-medium text-stone-900">{enumLabel(te, 'auditAction', e.action)}</p>
              <p className="text-sm text-stone-700">
                {by(e.by)}
                {e.importNumber !== undefined && <> · {t('byImport', { n: e.importNumber })}</>}
              </p>
              {e.mergedFrom && (
                <p className="text-sm text-stone-600" data-history-merged>
                  {t.rich('mergedFrom', {
                    name: () => <LocalizedText value={e.mergedFrom!} locale={locale} />,
                  })}
                </p>
              )}
              {e.fields.length > 0 && (
                <p className="text-sm text-stone-600">{t('changed', { fields: e.fields.map(field).join(', ') })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
