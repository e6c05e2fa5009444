import { partnershipCard } from '@/lib/og/cards'
import { cardResponse } from '@/lib/og/route'

export const dynamic = 'force-dynamic'

/** A public partnership's preview image; 404 when it is draft, withdrawn or unknown. */
export async function GET(_: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  return cardResponse(locale, (l) => partnershipCard(slug, l))
}
