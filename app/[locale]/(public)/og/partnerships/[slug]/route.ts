import type { NextRequest } from 'next/server'
import { partnershipCard } from '@/lib/og/cards'
import { cardResponse } from '@/lib/og/route'

export const dynamic = 'force-dynamic'

/** A public partnership's preview image; 404 when it is draft, withdrawn or unknown. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  return cardResponse(request, locale, (l) => partnershipCard(slug, l))
}
