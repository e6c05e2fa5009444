import { failDeliberately } from '@/lib/test-failure'

export const dynamic = 'force-dynamic'

export default function PublicTestFailure() {
  return failDeliberately('a public page')
}
