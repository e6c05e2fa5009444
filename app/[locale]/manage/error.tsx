'use client'

import { ErrorView } from '@/components/errors/error-view'

// Inside the manage chrome: the navigation stays, and the way back is the dashboard.
export default function ManageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} home={{ href: '/manage', label: 'manageHome' }} />
}
