import type { NextRequest } from 'next/server'
import { siteCard } from '@/lib/og/cards'
import { cardResponse } from '@/lib/og/route'

export const dynamic = 'force-dynamic'

/** The site's preview image, for pages without one of their own. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  return cardResponse(request, locale, siteCard)
}
