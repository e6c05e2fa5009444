import 'server-only'
import { ImageResponse } from 'next/og'
import { loadOgFonts, OG_FONT_FAMILY } from './font'
import { clip, OG_IMAGE_SIZE } from './metadata'

/** What a preview image says: every string already in the page's language, each one public. */
export type Card = {
  siteName: string
  kicker: string
  title: string
  /** Place, years: one line each; absent lines are left out. */
  lines: (string | null | undefined)[]
  /** A key figure, only when it is public and known (an unknown or withheld amount is left out). */
  figure?: { label: string; value: string } | null
  locale: string
}

const brand = { 50: '#eef7f6', 100: '#d5ebe8', 600: '#1f6f68', 800: '#134743' }

/** A 1200×630 PNG of the card, with the given Cache-Control (that of the public pages: lib/og/route.ts). */
export async function renderCard(card: Card, cacheControl: string): Promise<ImageResponse> {
  const title = clip(card.title, 160)
  const titleSize = title.length > 80 ? 52 : title.length > 45 ? 60 : 72
  const lines = card.lines.filter((l): l is string => Boolean(l))
  return new ImageResponse(
    <div
      lang={card.locale}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '56px 72px',
        background: 'white',
        borderTop: `16px solid ${brand[600]}`,
        fontFamily: OG_FONT_FAMILY,
        color: '#0c0a09',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 28 }}>
        <div style={{ display: 'flex', alignItems: 'center', color: brand[800], fontWeight: 700 }}>
          <div
            style={{
              width: 32,
              height: 32,
              borderRadius: 16,
              background: brand[600],
              border: `8px solid ${brand[100]}`,
              marginRight: 16,
            }}
          />
          {card.siteName}
        </div>
        <div style={{ display: 'flex', color: '#57534e', textTransform: 'uppercase', letterSpacing: 2 }}>
          {card.kicker}
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', marginTop: 16 }}>
        <div style={{ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        {lines.map((line, i) => (
          <div key={i} style={{ display: 'flex', marginTop: i ? 8 : 20, fontSize: 34, color: '#44403c' }}>
            {clip(line, 70)}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', minHeight: 96 }}>
        {card.figure ? (
          <div
            style={{
              display: 'flex',
              flexDirection: 'column',
              background: brand[50],
              borderRadius: 16,
              padding: '14px 28px',
            }}
          >
            <div style={{ display: 'flex', fontSize: 24, color: '#57534e' }}>{card.figure.label}</div>
            <div style={{ display: 'flex', fontSize: 44, fontWeight: 700, color: brand[800] }}>{card.figure.value}</div>
          </div>
        ) : null}
      </div>
    </div>,
    {
      ...OG_IMAGE_SIZE,
      fonts: await loadOgFonts(),
      // ImageResponse would say "immutable, a year" (its key is lower case, so is this one): a record's
      // image changes with the record and disappears when it is withdrawn, so it is cached like its page.
      headers: { 'cache-control': cacheControl },
    },
  )
}
