import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ButtonForm } from '@/components/forms/button-form'
import { MembershipForm, ResetLinkForm } from '@/components/manage/users/membership-form'
import { DefinitionList, Empty, linkClass, PageHeader, Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireAdmin } from '@/lib/auth/actor'
import { formatDate } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import {
  addMembershipAction,
  issuePasswordResetAction,
  removeMembershipAction,
  setUserAccessAction,
} from '@/lib/users/actions'
import { getUserForAdmin } from '@/lib/users/queries'

export const generateMetadata = messageTitle('manage', 'users.title')

export default async function UserPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireAdmin(`/manage/users/${id}`)
  const [t, te, user, organizations] = await Promise.all([
    getTranslations('manage'),
    getTranslations('enums'),
    getUserForAdmin(actor, id),
    listOrganizationOptions(actor, locale),
  ])
  if (!user) notFound()
  const self = user.id === actor.userId
  return (
    <div className="space-y-6">
      <p>
        <Link href="/manage/users" className={linkClass}>
          ← {t('users.title')}
        </Link>
      </p>
      <PageHeader title={user.name} lead={user.email} />
      <Section title={t('users.accountTitle')} id="account">
        <DefinitionList
          items={[
            { label: t('users.globalRole'), value: enumLabel(te, 'globalRole', user.globalRole) },
            {
              label: t('users.status'),
              value: user.disabledAt
                ? t('users.disabledSince', { date: formatDate(user.disabledAt, locale) })
                : t('users.active'),
            },
            { label: t('users.created'), value: formatDate(user.createdAt, locale) },
          ]}
        />
        {!self && (
          <div className="mt-4 flex flex-wrap gap-2">
            <ButtonForm action={setUserAccessAction.bind(null, user.id, { admin: user.globalRole !== 'ADMIN' })}>
              {user.globalRole === 'ADMIN' ? t('users.removeAdmin') : t('users.makeAdmin')}
            </ButtonForm>
            <ButtonForm action={setUserAccessAction.bind(null, user.id, { disabled: !user.disabledAt })}>
              {user.disabledAt ? t('users.enable') : t('users.disable')}
            </ButtonForm>
          </div>
        )}
      </Section>
      <Section title={t('users.membershipsTitle')} id="memberships">
        {user.memberships.length === 0 ? (
          <Empty>{t('users.noMemberships')}</Empty>
        ) : (
          <ul className="mb-4 divide-y divide-stone-100">
            {user.memberships.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <LocalizedText value={m.organization.name} locale={locale} />{' '}
                  <span className="text-sm text-stone-600">· {enumLabel(te, 'membershipRole', m.role)}</span>
                </span>
                <ButtonForm action={removeMembershipAction.bind(null, user.id, m.id)} variant="danger">
                  {t('users.removeMembership')}
                </ButtonForm>
              </li>
            ))}
          </ul>
        )}
        <MembershipForm action={addMembershipAction.bind(null, user.id)} organizations={organizations} />
      </Section>
      <Section title={t('users.resetTitle')} id="reset">
        <ResetLinkForm action={issuePasswordResetAction.bind(null, user.id)} />
      </Section>
    </div>
  )
}
