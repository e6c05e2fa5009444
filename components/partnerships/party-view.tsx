import { getTranslations } from 'next-intl/server'
import { DeskItemCard } from '@/components/confirmations/desk-item'
import { notFound } from 'next/navigation'
import { buttonClass, Empty, linkClass, Section, StatusBadge } from '@/components/manage/ui'
import { PartnershipPreview } from './public-preview'
import { LocalizedText } from '@/components/ui/localized-text'
import type { Actor } from '@/lib/auth/roles'
import { confirmationDesk } from '@/lib/confirmations/queries'
import { formatMoney } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import { getPartyDesk } from '@/lib/partnerships/party-queries'
import { getPartnershipPreview } from '@/lib/public/partnerships'

/**
 * A partnership as one of its other parties sees it (lib/partnerships/policy.ts `partnershipViewOf`):
 * the lines its own organization entered, which it may change, and a way to add more; then the
 * partnership as the public will see it once published — the same DTO and masking as the public
 * page, so another organization's withheld amounts stay withheld.
 */
export async function PartyView({ actor, id, locale }: { actor: Actor; id: string; locale: Locale }) {
  const [t, te, tc, preview, desk, toConfirm] = await Promise.all([
    getTranslations('manage'),
    getTranslations('enums'),
    getTranslations('confirmations'),
    getPartnershipPreview(id),
    getPartyDesk(actor, id),
    confirmationDesk(actor, { partnershipId: id, all: true }),
  ])
  if (!preview || !desk) notFound()
  return (
    <div className="space-y-6">
      <p>
        <Link href="/manage" className={linkClass}>
          ← {t('dashboard.title')}
        </Link>
      </p>
      <p role="note" className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
        {t('partyView.note')}
      </p>
      {toConfirm.length > 0 && (
        <Section title={tc('partyTitle')} id="confirm">
          <p className="mb-3 text-sm text-stone-600">{tc('partyLead')}</p>
          <ul className="space-y-3">
            {toConfirm.map((item) => (
              <DeskItemCard
                key={`${item.entity}-${item.id}-${item.organizationId}`}
                item={item}
                locale={locale}
                returnTo={`/manage/partnerships/${id}/party`}
              />
            ))}
          </ul>
        </Section>
      )}
      <Section title={t('partyView.ownLinesTitle')} id="own-lines">
        <ul className="space-y-4">
          {desk.projects.map((pr) => (
            <li key={pr.id} id={`project-${pr.id}`} className="space-y-2">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium text-stone-900">
                  <LocalizedText value={pr.title} locale={locale} />
                </span>
                {desk.canContribute ? (
                  <Link href={`/manage/projects/${pr.id}/contributions/new`} className={buttonClass}>
                    {t('partyView.addContribution')}
                  </Link>
                ) : null}
              </div>
              {pr.lines.length === 0 ? (
                <Empty>{t('partyView.noOwnLines')}</Empty>
              ) : (
                <ul className="divide-y divide-stone-100 rounded-md border border-stone-200 bg-white px-3">
                  {pr.lines.map((l) => (
                    <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                      <span>
                        {enumLabel(te, 'contributionKind', l.kind)}
                        {' · '}
                        {l.amountMinor !== null && l.currency
                          ? formatMoney(l.amountMinor, l.currency, locale)
                          : t('contributions.totalNotStated')}
                        {l.amountWithheld ? ` · ${t('contributions.withheldBadge')}` : ''}
                      </span>
                      <span className="flex items-center gap-2">
                        <StatusBadge status={l.publicationStatus} />
                        {l.canEdit ? (
                          <Link href={`/manage/contributions/${l.id}/edit`} className={linkClass}>
                            {t('form.edit')}
                          </Link>
                        ) : null}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <PartnershipPreview preview={preview} locale={locale} lead={t('partyView.previewLead')} />
    </div>
  )
}
