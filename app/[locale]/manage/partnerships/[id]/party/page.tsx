import { PartyView } from '@/components/partnerships/party-view'
import { requireActor } from '@/lib/auth/actor'
import { messageTitle, pageLocale } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'partnerships.title')

/** A partnership as one of its other parties works with it (lib/partnerships/party-queries.ts checks who). */
export default async function PartnershipPartyPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/partnerships/${id}/party`)
  return <PartyView actor={actor} id={id} locale={locale} />
}
