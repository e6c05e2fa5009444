import { requireActor } from '@/lib/auth/actor'
import { failDeliberately } from '@/lib/test-failure'

export default async function ManageTestFailure() {
  await requireActor('/manage/test-failure')
  return failDeliberately('a manage page')
}
