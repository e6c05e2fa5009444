'use client'

import { useEffect, useRef, useState, type ComponentType } from 'react'
import { useTranslations } from 'next-intl'
import type { PlotProps } from './plot'

/**
 * How far below (or above) the screen a chart starts loading: about a phone screen, so that a reader
 * scrolling at an ordinary pace finds it drawn, while a page whose charts are far down fetches nothing
 * until the reader heads there.
 */
export const CHART_LOAD_MARGIN = '800px 0px'

type Plot = ComponentType<PlotProps>
// One promise per kind, shared by every chart of the page: the code is fetched once.
const loaders = {
  bars: () => import('./bar-chart').then((m): Plot => m.BarChart),
  years: () => import('./years-chart').then((m): Plot => m.YearsChart),
}
const loaded: Partial<Record<keyof typeof loaders, Promise<Plot>>> = {}
const load = (kind: keyof typeof loaders) => (loaded[kind] ??= loaders[kind]())

/**
 * The drawing of a chart card. Recharts (~100 KB gzip) is the heaviest code on a page, and the table and
 * figures beside each chart already say everything it draws, so it is fetched only when a chart comes
 * near the screen (or the reader points at or focuses the card) — never with the page itself, so that
 * a page with charts weighs what one without weighs until the reader scrolls to them. Nothing is drawn
 * on the server: Recharts measures the browser's layout.
 */
export function LazyChart({ kind, ...plot }: PlotProps & { kind: 'bars' | 'years' }) {
  const t = useTranslations('charts')
  const frame = useRef<HTMLDivElement>(null)
  const [Chart, setChart] = useState<Plot | null>(null)

  useEffect(() => {
    const element = frame.current
    if (!element) return
    let cancelled = false
    const start = () => {
      stop()
      void load(kind).then((c) => !cancelled && setChart(() => c))
    }
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
            rootMargin: CHART_LOAD_MARGIN,
          })
        : null
    // The card around the drawing (its table, its download buttons): a reader who reaches it by keyboard
    // or points at it gets the drawing too.
    const card = element.closest('figure') ?? element
    function stop() {
      observer?.disconnect()
      card.removeEventListener('pointerenter', start)
      card.removeEventListener('focusin', start)
    }
    if (observer) observer.observe(element)
    else start()
    card.addEventListener('pointerenter', start)
    card.addEventListener('focusin', start)
    return () => {
      cancelled = true
      stop()
    }
  }, [kind])

  return (
    <div ref={frame} className="h-full" data-chart={Chart ? 'drawn' : 'waiting'}>
      {Chart ? (
        <Chart {...plot} />
      ) : (
        <p className="flex h-full items-center justify-center text-sm text-stone-500">{t('loading')}</p>
      )}
    </div>
  )
}
