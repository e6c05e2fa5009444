import type { NextRequest } from 'next/server'
import { caseStudyCard } from '@/lib/og/cards'
import { cardResponse } from '@/lib/og/route'

export const dynamic = 'force-dynamic'

/** A public case study's preview image; 404 when it is not public. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  return cardResponse(request, locale, (l) => caseStudyCard(slug, l))
}
