'use client'

import { ErrorView } from '@/components/errors/error-view'

// Public pages and the account pages (sign-in, one-time links). The manage tree has its own.
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} home={{ href: '/', label: 'home' }} />
}
