import { getTranslations } from 'next-intl/server'
import { enumLabel } from '@/lib/i18n/enums'
import { isTheme } from '@/lib/themes'

/** The themes of a record as small labels. */
export async function ThemeChips({ themes, className = 'mt-2' }: { themes: string[]; className?: string }) {
  if (!themes.length) return null
  const [t, te] = await Promise.all([getTranslations(), getTranslations('enums')])
  return (
    <ul className={`flex flex-wrap gap-1 ${className}`} aria-label={t('record.themes')}>
      {themes.filter(isTheme).map((th) => (
        <li key={th} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
          {enumLabel(te, 'theme', th)}
        </li>
      ))}
    </ul>
  )
}
