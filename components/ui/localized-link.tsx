import { LocalizedText } from '@/components/ui/localized-text'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'

/**
 * A link in running text whose words are a stored name or title, in the reader's language. Underlined:
 * colour alone does not tell it from the words around it (Lighthouse's link-in-text-block).
 */
export function LocalizedLink({
  href,
  value,
  locale,
}: {
  href: string
  value: React.ComponentProps<typeof LocalizedText>['value']
  locale: Locale
}) {
  return (
    <Link href={href} className="text-brand-800 underline underline-offset-2 hover:no-underline">
      <LocalizedText value={value} locale={locale} />
    </Link>
  )
}
