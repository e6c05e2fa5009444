'use client'

import dynamic from 'next/dynamic'
import { useTranslations } from 'next-intl'
import type { PlotProps } from './plot'

function Loading() {
  const t = useTranslations('charts')
  return <p className="flex h-full items-center justify-center text-sm text-stone-500">{t('loading')}</p>
}

// Recharts is the heaviest code on a page: it is fetched after the page is readable and never rendered
// on the server (it measures the browser's layout). ssr:false is only allowed in a client component.
const BarChart = dynamic(() => import('./bar-chart').then((m) => m.BarChart), { ssr: false, loading: Loading })
const YearsChart = dynamic(() => import('./years-chart').then((m) => m.YearsChart), { ssr: false, loading: Loading })

export function LazyChart({ kind, ...plot }: PlotProps & { kind: 'bars' | 'years' }) {
  return kind === 'bars' ? <BarChart {...plot} /> : <YearsChart {...plot} />
}
