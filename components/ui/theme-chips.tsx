import { getTranslations } from 'next-intl/server'

/** The themes of a record as small labels. */
export async function ThemeChips({ themes, className = 'mt-2' }: { themes: string[]; className?: string }) {
  if (!themes.length) return null
  const t = await getTranslations()
  return (
    <ul className={`flex flex-wrap gap-1 ${className}`} aria-label={t('record.themes')}>
      {themes.map((th) => (
        <li key={th} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
          {t(`themes.${th}` as 'themes.women')}
        </li>
      ))}
    </ul>
  )
}
