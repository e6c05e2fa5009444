import NextLink from 'next/link'

/** "Amounts in KGS | USD": links that keep the page's other parameters (the caller builds each href). */
export function CurrencySwitch({
  label,
  currency,
  hrefs,
}: {
  label: string
  currency: 'KGS' | 'USD'
  hrefs: Record<'KGS' | 'USD', string>
}) {
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
