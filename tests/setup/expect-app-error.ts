import { expect } from 'vitest'
import { AppError } from '@/lib/errors'

/** Awaits a promise that must fail with an AppError of this code (and key); returns it. */
export async function expectAppError(p: Promise<unknown>, code: AppError['code'], key?: string): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  expect(e, 'expected an AppError').toBeInstanceOf(AppError)
  const err = e as AppError
  expect(err.code).toBe(code)
  if (key) expect(err.key).toBe(key)
  return err
}
