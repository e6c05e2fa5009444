import { headers } from 'next/headers'
import { apiError, apiXml } from '@/lib/api/respond'
import { linkOrigin } from '@/lib/deployment'
import { listSitemapEntries } from '@/lib/public/sitemap'
import { parseSitemapFile, sitemapUrlset } from '@/lib/public/sitemap-xml'

export const dynamic = 'force-dynamic'

/** One sitemap, e.g. /sitemaps/places-0.xml: each public page in ky, ru and en with its alternates. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFile((await params).file)
  const entries = file ? await listSitemapEntries(file.kind, file.n) : []
  if (!entries.length) return apiError(404, 'not_found', 'No such sitemap.')
  return apiXml(sitemapUrlset(linkOrigin(process.env, (await headers()).get('host')), entries))
}
