'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useState } from 'react'
import { signOutAction } from '@/lib/auth/actions'
import { Link, usePathname } from '@/lib/i18n/navigation'

type Status = { signedIn: false } | { signedIn: true; name: string }

const link = 'text-sm font-medium text-brand-700 hover:underline'

/**
 * The header's account corner, read in the browser from /api/session: the server renders every public
 * page the same for everyone (cacheable), and this fills in who is signed in afterwards. Until it
 * knows, it shows the link everyone gets ("Sign in"), so nothing changes for a visitor who is not signed in.
 */
export function AccountStatus() {
  const t = useTranslations('auth')
  const pathname = usePathname()
  const [status, setStatus] = useState<Status | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    fetch('/api/session', { cache: 'no-store', credentials: 'same-origin', signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<Status>) : null))
      .then((s) => s && setStatus(s))
      .catch(() => {}) // offline or aborted: the plain link stays
    return () => controller.abort()
    // A sign-in or sign-out moves to another page: ask again there.
  }, [pathname])

  // The manage pages have their own bar (signed in as, notifications, sign out).
  if (pathname === '/manage' || pathname.startsWith('/manage/')) return null
  if (!status?.signedIn)
    return (
      <Link href="/sign-in" className={link} data-account={status ? 'signed-out' : 'unknown'}>
        {t('header.signIn')}
      </Link>
    )
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1" data-account="signed-in">
      <span className="max-w-[14rem] truncate text-sm text-stone-600" title={status.name}>
        {t('header.signedInAs', { name: status.name })}
      </span>
      <Link href="/manage" className={link}>
        {t('header.manage')}
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={`${link} cursor-pointer`}>
          {t('signOut')}
        </button>
      </form>
    </div>
  )
}
