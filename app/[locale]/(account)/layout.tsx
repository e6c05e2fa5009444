import { NextIntlClientProvider } from 'next-intl'

/**
 * Sign-in, password and invitation pages: their forms read messages that the locale layout does not
 * send to the browser (it sends only the public pages' client messages, ADR 028), so all of them here.
 */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>
}
