'use client'

import { useTranslations } from 'next-intl'
import { enumLabel } from '@/lib/i18n/enums'
import { themes } from '@/lib/themes'

/** The themes a record is about: a checkbox each, submitted as "themes[]". */
export function ThemeChoices({ chosen }: { chosen: string[] }) {
  const t = useTranslations('manage.partnerships.fields')
  const te = useTranslations('enums')
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-stone-800">{t('themes')}</legend>
      <div className="grid gap-1 sm:grid-cols-3">
        {themes.map((theme) => (
          <label key={theme} className="flex items-center gap-2 text-sm text-stone-800">
            <input
              type="checkbox"
              name="themes[]"
              value={theme}
              defaultChecked={chosen.includes(theme)}
              className="h-4 w-4"
            />
            {enumLabel(te, 'theme', theme)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
