import 'server-only'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import { linkOrigin } from '@/lib/deployment'
import { enumLabel } from '@/lib/i18n/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import { isLocale, locales, type Locale } from '@/lib/i18n/locales'
import { placeHref } from '@/lib/i18n/paths'
import type { TerritoryPage } from '@/lib/public/territories'

// The tags a shared link shows (Open Graph, read by Telegram, WhatsApp and the rest; Twitter's card):
// docs/decisions/022-sharing-previews.md. Every public page builds them here from what its own
// generateMetadata already loaded, so a page costs no second query for them.

/** The size of every preview image (lib/og/card.tsx): what Open Graph readers crop least. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** og:locale: the language_TERRITORY forms that Open Graph readers know. */
const ogLocale: Record<Locale, string> = { ky: 'ky_KG', ru: 'ru_RU', en: 'en_US' }

/**
 * The origin absolute URLs start with (og:url, og:image): APP_URL, and only it, in production; the
 * Host the request came with on a test or development server (lib/deployment.ts).
 */
export async function siteOrigin(): Promise<URL> {
  return new URL(linkOrigin(process.env, (await headers()).get('host')))
}

export type Share = {
  /** The page's path below the locale: '' (home), '/case-studies/x'. */
  path: string
  title: string
  description?: string | null
  /** The preview image's path below the locale (an app/[locale]/(public)/og route); the site's image otherwise. */
  image?: string
  /** What the image shows, for readers that cannot see it; the title by default. */
  imageAlt?: string
  type?: 'website' | 'article'
}

/** A text cut at a word to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`
}

/** Title, description, canonical and language alternates, and the Open Graph and Twitter tags of a public page. */
export async function shareMetadata(locale: Locale, share: Share): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'meta' })
  const description = share.description ? clip(share.description) : t('description')
  const url = `/${locale}${share.path}`
  const image = {
    url: `/${locale}${share.image ?? '/og'}`,
    ...OG_IMAGE_SIZE,
    alt: share.imageAlt ?? share.title,
    type: 'image/png',
  }
  return {
    // The home page's title is the site's name alone, not "name · name" by the layout's template.
    title: share.path === '' ? { absolute: share.title } : share.title,
    description,
    alternates: {
      canonical: url,
      languages: Object.fromEntries(locales.map((l) => [l, `/${l}${share.path}`])),
    },
    openGraph: {
      type: share.type ?? 'website',
      siteName: t('title'),
      locale: ogLocale[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      url,
      title: share.title,
      description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: share.title, description, images: [image] },
  }
}

/**
 * `generateMetadata` of a public page whose title is one message of a namespace (the lists):
 * `export const generateMetadata = messageShare('browse', 'title', '/case-studies')`.
 */
export function messageShare(namespace: string, key: string, path: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params
    if (!isLocale(locale)) return {}
    const t = await getTranslations({ locale, namespace })
    return shareMetadata(locale, { path, title: t(key) })
  }
}

/** A place page's tags: its name, what kind of place it is and where, and its own preview image. */
export async function placeShareMetadata(locale: Locale, territory: TerritoryPage): Promise<Metadata> {
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: 'share' }),
    getTranslations({ locale, namespace: 'enums' }),
  ])
  const name = pickLocalized(territory.names, locale)?.text ?? territory.code
  const parent = territory.ancestors.at(-1)
  return shareMetadata(locale, {
    path: placeHref(territory.path),
    title: name,
    description: t('placeDescription', {
      place: parent ? `${name}, ${pickLocalized(parent.names, locale)?.text ?? parent.code}` : name,
      kind: enumLabel(te, 'territoryKind', territory.kind),
    }),
    image: `/og${placeHref(territory.path)}`,
  })
}
