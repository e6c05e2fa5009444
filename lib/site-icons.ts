import type { Metadata } from 'next'

// The icons are static files in public/. The locale layout names them in its metadata; the page outside
// any locale (app/not-found.tsx), which has no metadata of its own, links them itself.
export const siteIcons = { icon: '/icon.svg', apple: '/apple-touch-icon.png' } as const

export const iconMetadata: Metadata['icons'] = {
  icon: { url: siteIcons.icon, type: 'image/svg+xml' },
  apple: siteIcons.apple,
}
