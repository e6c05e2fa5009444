import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'

export default async function NotFound() {
  const t = await getTranslations('notFound')
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-semibold">{t('title')}</h1>
      <p className="mt-4 text-stone-700">{t('body')}</p>
      <p className="mt-8">
        <Link href="/" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t('home')}
        </Link>
      </p>
    </div>
  )
}
