'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import { actorAction } from '@/lib/actions/actor-action'
import { RecordId } from '@/lib/actions/bound'
import { linkOrigin } from '@/lib/deployment'
import { createCalendarToken, markAllNotificationsRead, markNotificationRead, revokeCalendarTokens } from './mutations'

const here = () => '/manage/notifications'
/** The page says whether an address is in use: rebuilt with the action's answer, which keeps the new address shown. */
const refreshPage = () => revalidatePath('/[locale]/manage/notifications', 'page')

export const markNotificationReadAction = actorAction({
  entity: 'Notification',
  bind: [RecordId],
  signInReturn: here,
  mutate: ({ actor }, id) => markNotificationRead(actor, id),
  onSuccess: here,
})

export const markAllNotificationsReadAction = actorAction({
  entity: 'Notification',
  signInReturn: here,
  mutate: ({ actor }) => markAllNotificationsRead(actor),
  onSuccess: here,
})

/** Shows the new address once, in the form's answer: it is never stored and never in a URL we log. */
export const createCalendarTokenAction = actorAction({
  entity: 'CalendarToken',
  signInReturn: here,
  mutate: ({ actor }) => createCalendarToken(actor),
  revalidate: refreshPage,
  onSuccess: async ({ token }) => {
    const [t, host] = await Promise.all([
      getTranslations('notifications.calendar'),
      headers().then((h) => h.get('host')),
    ])
    return { status: 'saved', message: t('created'), link: `${linkOrigin(process.env, host)}/api/calendar/${token}` }
  },
})

export const revokeCalendarTokensAction = actorAction({
  entity: 'CalendarToken',
  signInReturn: here,
  mutate: ({ actor }) => revokeCalendarTokens(actor),
  onSuccess: here,
})
