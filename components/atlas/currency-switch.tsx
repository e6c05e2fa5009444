import { getTranslations } from 'next-intl/server'
import NextLink from 'next/link'
import { Section } from '@/components/ui/section'

/** "Show amounts in KGS | USD": links that keep the page's other parameters (the caller builds each href). */
export async function CurrencySwitch({
  currency,
  hrefs,
}: {
  currency: 'KGS' | 'USD'
  hrefs: Record<'KGS' | 'USD', string>
}) {
  const label = (await getTranslations('place'))('currency')
  return (
    <p className="flex items-center gap-2 text-sm">
      <span className="text-stone-600">{label}</span>
      {(['KGS', 'USD'] as const).map((cur) => (
        <NextLink
          key={cur}
          href={hrefs[cur]}
          scroll={false}
          replace
          aria-current={cur === currency ? 'true' : undefined}
          className={
            cur === currency
              ? 'rounded bg-brand-700 px-2 py-0.5 font-semibold text-white'
              : 'rounded px-2 py-0.5 text-brand-800 underline'
          }
        >
          {cur}
        </NextLink>
      ))}
    </p>
  )
}

/** The currency switch's two links: a page's address, with `?currency=USD` for dollars (som is the default). */
export const currencyHrefs = (base: string, query = '') => ({
  KGS: `${base}${query ? `?${query}` : ''}`,
  USD: `${base}?${query ? `${query}&` : ''}currency=USD`,
})

/** A section of amounts, its currency switch beside the title. */
export function CurrencySection({
  id,
  title,
  currency,
  hrefs,
  children,
}: {
  id: string
  title: string
  currency: 'KGS' | 'USD'
  hrefs: Record<'KGS' | 'USD', string>
  children: React.ReactNode
}) {
  return (
    <Section id={id} title={title} aside={<CurrencySwitch currency={currency} hrefs={hrefs} />}>
      {children}
    </Section>
  )
}
