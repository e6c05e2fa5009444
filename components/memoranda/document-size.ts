import type { getTranslations } from 'next-intl/server'
import { formatNumber } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'

/** "1.2 MB" or "340 KB", in the reader's language. */
export function documentSize(
  t: Awaited<ReturnType<typeof getTranslations<'documents'>>>,
  bytes: number,
  locale: Locale,
): string {
  return bytes >= 1024 * 1024
    ? t('sizeMb', { size: formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale) })
    : t('sizeKb', { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), locale) })
}
