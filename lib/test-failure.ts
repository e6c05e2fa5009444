import 'server-only'
import { notFound } from 'next/navigation'
import { isTestMode } from '@/lib/deployment'

/**
 * The error pages are tested against a real failure (tests/e2e/error-pages.spec.ts). Only the test mode
 * has one; anywhere else these addresses do not exist.
 */
export function failDeliberately(where: string): never {
  if (!isTestMode()) notFound()
  throw new Error(`Deliberate failure of ${where} (test mode only)`)
}
