import { headers } from 'next/headers'
import { apiXml } from '@/lib/api/respond'
import { linkOrigin } from '@/lib/deployment'
import { countSitemapEntries } from '@/lib/public/sitemap'
import { sitemapIndex } from '@/lib/public/sitemap-xml'

export const dynamic = 'force-dynamic'

/** The index of the sitemaps: public pages only, one file per 10,000 records of a kind. */
export async function GET() {
  const origin = linkOrigin(process.env, (await headers()).get('host'))
  return apiXml(sitemapIndex(origin, await countSitemapEntries()))
}
