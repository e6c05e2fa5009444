import 'server-only'
import { escapeXml } from '@/lib/export/xml'
import { locales } from '@/lib/i18n/locales'
import { SITEMAP_PAGE_SIZE, sitemapKinds, type SitemapEntry, type SitemapKind } from './sitemap'

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`

/** The file name of one page of one kind's sitemap, e.g. "places-0.xml". */
export const sitemapFile = (kind: SitemapKind, n: number) => `${kind}-${n}.xml`

/** "places-0.xml" → its kind and page; null for any other name. */
export function parseSitemapFile(name: string): { kind: SitemapKind; n: number } | null {
  const m = /^([a-z-]+)-(\d{1,6})\.xml$/.exec(name)
  const kind = sitemapKinds.find((k) => k === m?.[1])
  return m && kind ? { kind, n: Number(m[2]) } : null
}

/** The index of sitemaps: one file per page of each kind (sitemaps.org protocol). */
export function sitemapIndex(origin: string, counts: Record<SitemapKind, number>): string {
  const files = sitemapKinds.flatMap((kind) =>
    Array.from({ length: Math.ceil(counts[kind] / SITEMAP_PAGE_SIZE) }, (_, n) => sitemapFile(kind, n)),
  )
  const items = files.map((f) => `  <sitemap><loc>${escapeXml(`${origin}/sitemaps/${f}`)}</loc></sitemap>`)
  return xml(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>`)
}

/**
 * One sitemap: every page in each language, each naming its other languages (hreflang) and the English
 * one as the default for readers of any other language.
 */
export function sitemapUrlset(origin: string, entries: SitemapEntry[]): string {
  const at = (locale: string, path: string) => escapeXml(`${origin}/${locale}${path}`)
  const alternates = (path: string) =>
    [
      ...locales.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${at(l, path)}"/>`),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${at('en', path)}"/>`,
    ].join('\n')
  const urls = entries.flatMap((e) =>
    locales.map((l) =>
      [
        '  <url>',
        `    <loc>${at(l, e.path)}</loc>`,
        ...(e.updatedAt ? [`    <lastmod>${e.updatedAt.toISOString().slice(0, 10)}</lastmod>`] : []),
        alternates(e.path),
        '  </url>',
      ].join('\n'),
    ),
  )
  return xml(
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>`,
  )
}
