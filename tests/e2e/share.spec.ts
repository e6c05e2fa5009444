// Sharing a link (docs/decisions/022-sharing-previews.md): every public page carries Open Graph and
// Twitter tags in its own language, with an absolute preview image that is a 1200×630 PNG cached like
// the pages; a partnership that is not public has no image at all.
import pg from 'pg'
import type { APIRequestContext } from '@playwright/test'
import { PUBLIC_CACHE_CONTROL } from '../../lib/http/cache-control'
import { e2eDatabaseUrl } from './db'
import { expect, test } from './fixtures'

const CASE_STUDY = 'manas-1000-talas-city'
const ogLocale = { ky: 'ky_KG', ru: 'ru_RU', en: 'en_US' } as const

/** The content of each <meta property|name=…> of a page, by that name (the last one wins). */
async function metaTags(request: APIRequestContext, path: string): Promise<Record<string, string[]>> {
  const res = await request.get(path)
  expect(res.status(), path).toBe(200)
  const html = await res.text()
  const tags: Record<string, string[]> = {}
  for (const m of html.matchAll(/<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"/g))
    (tags[m[1]] ??= []).push(
      m[2]
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'"),
    )
  const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1].replace(/<[^>]+>/g, '')
  tags.h1 = h1
    ? [
        h1
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .replace(/&#x27;/g, "'"),
      ]
    : []
  return tags
}

/** The width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

async function expectCard(request: APIRequestContext, url: string) {
  const res = await request.get(url)
  expect(res.status(), url).toBe(200)
  expect(res.headers()['content-type'], url).toBe('image/png')
  expect(res.headers()['cache-control'], url).toBe(PUBLIC_CACHE_CONTROL)
  expect(pngSize(await res.body()), url).toEqual({ width: 1200, height: 630 })
}

test('a case study shared in each language: its title, locale and a 1200×630 preview image', async ({ request }) => {
  test.setTimeout(120_000)
  const titles = new Set<string>()
  for (const locale of ['ky', 'ru', 'en'] as const) {
    const path = `/${locale}/case-studies/${CASE_STUDY}`
    const tags = await metaTags(request, path)
    const [title] = tags['og:title']
    // The heading of the page, in its language: the three differ.
    expect(title, path).toBe(tags.h1[0])
    titles.add(title)
    expect(tags['og:locale'], path).toEqual([ogLocale[locale]])
    expect(tags['og:locale:alternate'].sort(), path).toEqual(
      Object.entries(ogLocale)
        .filter(([l]) => l !== locale)
        .map(([, v]) => v)
        .sort(),
    )
    expect(tags['og:type'], path).toEqual(['article'])
    expect(tags['og:site_name'], path).toHaveLength(1)
    expect(tags['og:description']?.[0], path).toBeTruthy()
    expect(tags['twitter:card'], path).toEqual(['summary_large_image'])
    const url = new URL(tags['og:url'][0])
    expect(url.pathname, path).toBe(path)
    const image = new URL(tags['og:image'][0])
    expect(image.origin, path).toBe(url.origin)
    expect(image.pathname, path).toBe(`/${locale}/og/case-studies/${CASE_STUDY}`)
    expect(tags['og:image:width'], path).toEqual(['1200'])
    expect(tags['og:image:height'], path).toEqual(['630'])
    expect(tags['og:image:alt'], path).toEqual([title])
    expect(tags['twitter:image']?.[0], path).toBe(image.href)
    await expectCard(request, image.pathname)
  }
  expect(titles.size).toBe(3)
})

test('every kind of public page has its share tags; places, partnerships and funders their own image', async ({
  request,
}) => {
  test.setTimeout(180_000)
  const pages: [string, string | null][] = [
    ['/ru', null],
    ['/en/places/kg-t', '/en/og/places/kg-t'],
    ['/ky/places/kg-b/leilek', '/ky/og/places/kg-b/leilek'],
    [`/ru/partnerships/${CASE_STUDY}`, `/ru/og/partnerships/${CASE_STUDY}`],
    ['/en/organizations/soros-foundation-kyrgyzstan', null],
    ['/en/case-studies', null],
    ['/ky/funders', null],
    ['/ru/funders/soros-foundation-kyrgyzstan', '/ru/og/funders/soros-foundation-kyrgyzstan'],
  ]
  for (const [path, own] of pages) {
    const tags = await metaTags(request, path)
    for (const name of ['og:title', 'og:description', 'og:url', 'og:site_name', 'og:locale', 'og:image'])
      expect(tags[name], `${path} ${name}`).toHaveLength(1)
    expect(new URL(tags['og:url'][0]).pathname, path).toBe(path)
    const image = new URL(tags['og:image'][0]).pathname
    expect(image, path).toBe(own ?? `/${path.split('/')[1]}/og`)
    await expectCard(request, image)
  }
  // The language alternates of a record point to the same record in each language, not to the home page.
  const html = await (await request.get('/en/places/kg-t')).text()
  for (const l of ['ky', 'ru', 'en'])
    expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="${l}" href="https?://[^/"]+/${l}/places/kg-t"`))
})

test('a partnership that is not public, and its case study, have no preview image', async ({ request }) => {
  const urls = [`/en/og/partnerships/${CASE_STUDY}`, `/ky/og/case-studies/${CASE_STUDY}`]
  for (const url of urls) expect((await request.get(url)).status(), url).toBe(200)
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() })
  await client.connect()
  try {
    await client.query(`UPDATE "Partnership" SET "publicationStatus" = 'DRAFT' WHERE slug = $1`, [CASE_STUDY])
    for (const url of urls) {
      const res = await request.get(url)
      expect(res.status(), url).toBe(404)
      expect(res.headers()['content-type'], url).not.toContain('image')
    }
  } finally {
    await client.query(`UPDATE "Partnership" SET "publicationStatus" = 'PUBLISHED' WHERE slug = $1`, [CASE_STUDY])
    await client.end()
  }
  for (const url of ['/en/og/partnerships/no-such-partnership', '/en/og/places/kg-x', '/xx/og', '/en/og/places/A'])
    expect((await request.get(url)).status(), url).toBe(404)
})
