import { headers } from 'next/headers'
import { linkOrigin } from '@/lib/deployment'

export const dynamic = 'force-dynamic'

/** Public pages may be crawled; the manage area, sign-in and the API are not pages to index. */
export async function GET() {
  const origin = linkOrigin(process.env, (await headers()).get('host'))
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /*/manage',
    'Disallow: /*/sign-in',
    'Disallow: /*/forgot-password',
    'Disallow: /*/invitation/',
    'Disallow: /*/reset-password/',
    'Disallow: /api/',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n')
  return new Response(body, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
}
