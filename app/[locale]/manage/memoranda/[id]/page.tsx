import { getTranslations } from 'next-intl/server'
import { ConfirmPanel } from '@/components/confirmations/confirm-panel'
import { ConfirmationState } from '@/components/confirmations/desk-item'
import { DeleteForm } from '@/components/manage/delete-form'
import { ManagedRecordFrame } from '@/components/manage/managed-record-frame'
import { buttonClass, Empty, linkClass, secondaryButtonClass, Section } from '@/components/manage/ui'
import { MemorandumDocuments } from '@/components/memoranda/documents'
import { MemorandumStatus } from '@/components/memoranda/memorandum-status'
import { LocalizedText } from '@/components/ui/localized-text'
import { answerConfirmationAction } from '@/lib/confirmations/actions'
import { formatPartialDate } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import { Link } from '@/lib/i18n/navigation'
import { loadRecordPage, type RecordPageProps } from '@/lib/manage/record-page'
import { deleteMemorandumAction } from '@/lib/memoranda/actions'
import { getMemorandumForView } from '@/lib/memoranda/queries'
import { canRenew, isRunning } from '@/lib/memoranda/policy'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('memoranda', 'title')

export default async function MemorandumPage(props: RecordPageProps) {
  const {
    locale,
    id,
    actor,
    record,
    t: tm,
    te,
    query,
  } = await loadRecordPage(props, (id) => `/manage/memoranda/${id}`, getMemorandumForView)
  const t = await getTranslations('memoranda')
  const tc = await getTranslations('confirmations')
  const { memorandum: m, canEdit, party, confirmations } = record
  const date = (d: Date | null, p: Parameters<typeof formatPartialDate>[1]) =>
    d ? formatPartialDate(d, p, locale) : t('notStated')
  const bodyName = (orgId: string) => {
    const p = m.parties.find((x) => x.organizationId === orgId)
    return p?.organization ? <LocalizedText value={p.organization.name} locale={locale} /> : p?.nameAsReported
  }
  return (
    <ManagedRecordFrame
      back={{ href: '/manage/memoranda', label: t('title') }}
      query={query}
      header={{
        title: <LocalizedText value={m.subject} locale={locale} sourceLocale={m.sourceLocale} />,
        lead: enumLabel(te, 'agreementKind', m.kind),
        entity: 'Agreement',
        record: m,
        canEdit,
      }}
      details={{
        title: t('detailsTitle'),
        items: [
          {
            label: t('fields.status'),
            value: (
              <span className="space-y-1">
                <MemorandumStatus m={m} />
                {m.status === 'TERMINATED' && (
                  <span className="block text-sm text-stone-700">
                    {t('terminatedOn', { date: date(m.terminatedDate, 'DAY') })}{' '}
                    {m.terminationReason && (
                      <LocalizedText value={m.terminationReason} locale={locale} sourceLocale={m.sourceLocale} />
                    )}
                  </span>
                )}
              </span>
            ),
          },
          { label: t('fields.signedDate'), value: date(m.signedDate, m.signedPrecision) },
          { label: t('fields.effectiveDate'), value: date(m.effectiveDate, m.effectivePrecision) },
          { label: t('fields.expiryDate'), value: m.expiryDate ? date(m.expiryDate, m.expiryPrecision) : t('noEnd') },
          { label: tm('form.owner'), value: <LocalizedText value={m.ownerOrganization.name} locale={locale} /> },
          { label: t('fields.documentRef'), value: m.documentRef ?? '—' },
          {
            label: t('fields.partnershipId'),
            value: m.partnership ? (
              <Link href={`/manage/partnerships/${m.partnership.id}`} className={linkClass}>
                <LocalizedText value={m.partnership.title} locale={locale} />
              </Link>
            ) : (
              '—'
            ),
          },
          {
            label: t('fields.projects'),
            value: m.projects.length
              ? m.projects.map(({ project }, i) => (
                  <span key={project.id}>
                    {i > 0 && ', '}
                    <LocalizedText value={project.title} locale={locale} />
                  </span>
                ))
              : '—',
          },
        ],
      }}
    >
      {canEdit && (
        <Section title={t('nextStepsTitle')} id="next-steps">
          <div className="flex flex-wrap gap-2">
            {isRunning(m) && (
              <Link href={`/manage/memoranda/${id}/amend`} className={secondaryButtonClass}>
                {t('amend')}
              </Link>
            )}
            {canRenew(m) && (
              <Link href={`/manage/memoranda/${id}/renew`} className={buttonClass}>
                {t('renew')}
              </Link>
            )}
            {isRunning(m) && (
              <Link href={`/manage/memoranda/${id}/terminate`} className={secondaryButtonClass}>
                {t('terminate')}
              </Link>
            )}
          </div>
        </Section>
      )}

      <Section title={t('fields.parties')} id="parties">
        <ul className="divide-y divide-stone-100">
          {m.parties.map((p) => (
            <li key={p.id} className="py-2" data-party={p.organizationId ?? p.nameAsReported}>
              <span className="font-medium text-stone-900">
                {p.organization ? <LocalizedText value={p.organization.name} locale={locale} /> : p.nameAsReported}
              </span>
              {p.partyType && (
                <span className="text-sm text-stone-600"> · {enumLabel(te, 'partyType', p.partyType)}</span>
              )}
              {(p.signatoryName || p.signedDate) && (
                <span className="block text-sm text-stone-700">
                  {t('signedBy', {
                    name: [p.signatoryName, p.signatoryTitle].filter(Boolean).join(', ') || t('notStated'),
                    date: p.signedDate ? formatPartialDate(p.signedDate, p.signedPrecision, locale) : t('notStated'),
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t('amendmentsTitle')} id="amendments">
        {m.amendments.length === 0 ? (
          <Empty>{t('noAmendments')}</Empty>
        ) : (
          <ol className="space-y-2">
            {m.amendments.map((a) => (
              <li key={a.id} className="text-sm text-stone-800" data-amendment={a.number}>
                <span className="font-semibold">{t('amendmentNumber', { n: a.number })}</span>
                {a.date && <span className="text-stone-600"> · {date(a.date, a.datePrecision)}</span>}
                <span className="block whitespace-pre-line">
                  <LocalizedText value={a.summary} locale={locale} sourceLocale={m.sourceLocale} />
                </span>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <MemorandumDocuments
        actor={actor}
        agreementId={id}
        amendments={m.amendments.map((a) => ({ id: a.id, number: a.number }))}
        locale={locale}
      />

      {(m.renews || m.renewals.length > 0) && (
        <Section title={t('chainTitle')} id="renewals">
          <ul className="space-y-2 text-sm">
            {m.renews && (
              <li data-renews={m.renews.id}>
                {t('renews')}{' '}
                <Link href={`/manage/memoranda/${m.renews.id}`} className={linkClass}>
                  <LocalizedText value={m.renews.subject} locale={locale} />
                </Link>{' '}
                <MemorandumStatus m={m.renews} />
              </li>
            )}
            {m.renewals.map((r) => (
              <li key={r.id} data-renewed-by={r.id}>
                {t('renewedBy')}{' '}
                <Link href={`/manage/memoranda/${r.id}`} className={linkClass}>
                  <LocalizedText value={r.subject} locale={locale} />
                </Link>{' '}
                <MemorandumStatus m={r} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={tc('title')} id="confirmations">
        <p className="mb-3 text-sm text-stone-600">{party ? tc('leadParty') : tc('leadKeeper')}</p>
        {confirmations.length === 0 ? (
          <Empty>{tc('noneNeeded')}</Empty>
        ) : (
          <ul className="space-y-3">
            {confirmations.map((c) => (
              <li
                key={c.organizationId}
                id={`item-${id}`}
                className="space-y-2 rounded-md border border-stone-200 p-3"
                data-body={c.organizationId}
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium text-stone-900">{bodyName(c.organizationId)}</span>
                  <ConfirmationState state={c.answer?.state ?? 'PENDING'} />
                </div>
                {c.answer?.state === 'DISPUTED' && c.answer.comment && (
                  <p className="rounded border border-red-200 bg-red-50 px-2 py-1 text-sm whitespace-pre-line text-red-900">
                    {c.answer.comment}
                  </p>
                )}
                {c.canAnswer && (
                  <ConfirmPanel
                    action={answerConfirmationAction.bind(null, 'Agreement', id, `/manage/memoranda/${id}`)}
                    state={c.answer?.state ?? 'PENDING'}
                    comment={c.answer?.comment ?? null}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {canEdit && m.publicationStatus === 'DRAFT' && m.renewals.length === 0 && (
        <DeleteForm
          action={deleteMemorandumAction.bind(null, id, m.version)}
          label={t('delete')}
          explanation={t('deleteExplanation')}
        />
      )}
    </ManagedRecordFrame>
  )
}
