import { getTranslations } from 'next-intl/server'
import { LocalizedLink } from '@/components/ui/localized-link'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { placeHref } from '@/lib/i18n/paths'
import type { FunderPlace } from '@/lib/public/funders'
import { placeQualifiers } from './place-names'

/** The places of a funder's projects, linked; two that share a name say which is which. */
export async function FunderPlaces({ places, locale }: { places: FunderPlace[]; locale: Locale }) {
  const te = await getTranslations('enums')
  const qualifiers = placeQualifiers(places, locale, (kind) => enumLabel(te, 'territoryKind', kind))
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1" data-places>
      {places.map((p) => (
        <li key={p.code} data-territory={p.code} className="whitespace-nowrap">
          <LocalizedLink href={placeHref(p.path)} value={p.name} locale={locale} />
          {qualifiers.has(p.code) ? <span className="text-stone-600"> ({qualifiers.get(p.code)})</span> : null}
        </li>
      ))}
    </ul>
  )
}
