import { ButtonForm } from '@/components/forms/button-form'
import { getTranslations } from 'next-intl/server'
import { InviteForm } from '@/components/manage/users/invite-form'
import { Empty, linkClass, PageHeader, Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireAdmin } from '@/lib/auth/actor'
import { formatDate } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import { revokeInvitationAction } from '@/lib/users/actions'
import { listOpenInvitations, listUsersForAdmin } from '@/lib/users/queries'

export const generateMetadata = messageTitle('manage', 'users.title')

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const actor = await requireAdmin('/manage/users')
  const [t, te, users, invitations, organizations] = await Promise.all([
    getTranslations('manage'),
    getTranslations('enums'),
    listUsersForAdmin(actor),
    listOpenInvitations(actor),
    listOrganizationOptions(actor, locale),
  ])
  return (
    <div className="space-y-6">
      <PageHeader title={t('users.title')} lead={t('users.lead')} />
      <Section title={t('users.inviteTitle')} id="invite">
        <InviteForm organizations={organizations} />
      </Section>
      <Section title={t('users.invitationsTitle')} id="invitations">
        {invitations.length === 0 ? (
          <Empty>{t('users.noInvitations')}</Empty>
        ) : (
          <ul className="divide-y divide-stone-100">
            {invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="font-medium">{i.email}</span>
                  {i.organization && i.role && (
                    <>
                      {' · '}
                      {enumLabel(te, 'membershipRole', i.role)},{' '}
                      <LocalizedText value={i.organization.name} locale={locale} />
                    </>
                  )}
                  {i.globalRole === 'ADMIN' && ` · ${enumLabel(te, 'globalRole', 'ADMIN')}`}
                  <span className="text-stone-500">
                    {' '}
                    · {t('users.expires', { date: formatDate(i.expiresAt, locale) })}
                  </span>
                </span>
                <ButtonForm action={revokeInvitationAction.bind(null, i.id)} variant="danger">
                  {t('users.revoke')}
                </ButtonForm>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('users.listTitle', { count: users.length })} id="users">
        <ul className="divide-y divide-stone-100">
          {users.map((u) => (
            <li key={u.id} className="py-2">
              <Link href={`/manage/users/${u.id}`} className={linkClass}>
                {u.name}
              </Link>{' '}
              <span className="text-sm text-stone-600">{u.email}</span>
              {u.globalRole === 'ADMIN' && (
                <span className="ml-2 rounded bg-brand-100 px-1.5 text-xs font-semibold text-brand-800">
                  {enumLabel(te, 'globalRole', 'ADMIN')}
                </span>
              )}
              {u.disabledAt && (
                <span className="ml-2 rounded bg-red-100 px-1.5 text-xs font-semibold text-red-800">
                  {t('users.disabled')}
                </span>
              )}
              {u.memberships.length > 0 && (
                <p className="text-sm text-stone-600">
                  {u.memberships.map((m, i) => (
                    <span key={m.id}>
                      {i > 0 && '; '}
                      {enumLabel(te, 'membershipRole', m.role)},{' '}
                      <LocalizedText value={m.organization.name} locale={locale} />
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  )
}
