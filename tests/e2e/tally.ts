// Counts what a user does in a stretch of a journey (docs/DATA-ENTRY.md): page loads (main-frame
// navigations, soft ones included, a redirect after a save counted once), clicks (buttons, links,
// checkboxes) and fields typed or chosen (fill, selectOption). It wraps the locator and page methods
// the test itself calls, so it counts what the test does — no more, no less.
import type { Locator, Page } from '@playwright/test'

export type Tally = { pageLoads: number; clicks: number; fields: number }

export function tallyInteractions(page: Page) {
  const tally: Tally = { pageLoads: 0, clicks: 0, fields: 0 }
  let counting = false
  let lastUrl = ''
  page.on('framenavigated', (frame) => {
    if (!counting || frame !== page.mainFrame()) return
    // A save redirects (`?saved=1`) and a soft navigation may report the same address twice: one load per address change.
    const url = frame.url()
    if (url !== lastUrl) tally.pageLoads++
    lastUrl = url
  })
  const locatorProto = Object.getPrototypeOf(page.locator('body')) as Locator
  const wrap = <K extends keyof Locator>(name: K, kind: 'clicks' | 'fields') => {
    const original = locatorProto[name] as (...args: unknown[]) => Promise<unknown>
    ;(locatorProto as unknown as Record<string, unknown>)[name] = function (this: Locator, ...args: unknown[]) {
      if (counting && this.page() === page) tally[kind]++
      return original.apply(this, args)
    }
    return () => ((locatorProto as unknown as Record<string, unknown>)[name] = original)
  }
  const restore = [
    wrap('click', 'clicks'),
    wrap('check', 'clicks'),
    wrap('fill', 'fields'),
    wrap('selectOption', 'fields'),
  ]
  return {
    start() {
      counting = true
      lastUrl = page.url()
    },
    /** Stops counting, puts the methods back and returns the figures. */
    stop(): Tally & { total: number } {
      counting = false
      restore.forEach((r) => r())
      return { ...tally, total: tally.pageLoads + tally.clicks + tally.fields }
    },
  }
}
