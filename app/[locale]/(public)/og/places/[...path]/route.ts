import type { NextRequest } from 'next/server'
import { z } from 'zod'
import { placeCard } from '@/lib/og/cards'
import { cardResponse } from '@/lib/og/route'

export const dynamic = 'force-dynamic'

/** The same segments the place page accepts. */
const Segments = z
  .array(z.string().regex(/^[a-z0-9-]{1,80}$/))
  .min(1)
  .max(3)

/** A place's preview image; 404 for an unknown place. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; path: string[] }> }) {
  const { locale, path } = await params
  const segments = Segments.safeParse(path)
  return cardResponse(request, locale, async (l) => (segments.success ? placeCard(segments.data.join('/'), l) : null))
}
