import type { NextRequest } from 'next/server'
import { funderCard } from '@/lib/og/cards'
import { cardResponse } from '@/lib/og/route'

export const dynamic = 'force-dynamic'

/** A public funder's preview image; 404 when the organization is not public or funds nothing public. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  return cardResponse(request, locale, (l) => funderCard(slug, l))
}
