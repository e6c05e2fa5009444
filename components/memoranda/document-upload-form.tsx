'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useId, useRef, useState } from 'react'
import { useRouter } from '@/lib/i18n/navigation'
import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES } from '@/lib/documents/limits'

const inputClass =
  'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-500 aria-[invalid=true]:bg-red-50/40'

/**
 * Sends a scan to POST /api/documents (a route handler: a server action's body limit is small). The
 * size is checked here before sending, the rest by the route, whose refusal — in the page's language
 * — is shown next to the file field. After an upload the page is reloaded from the server.
 */
export function DocumentUploadForm({
  agreementId,
  amendments,
}: {
  agreementId: string
  amendments: { id: string; number: number }[]
}) {
  const t = useTranslations('documents')
  const locale = useLocale()
  const router = useRouter()
  const id = useId()
  const form = useRef<HTMLFormElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const [pending, setPending] = useState(false)

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setDone(false)
    const data = new FormData(event.currentTarget)
    const file = data.get('file')
    if (!(file instanceof File) || file.size === 0) return setError(t('errors.fileRequired'))
    if (file.size > MAX_DOCUMENT_BYTES) return setError(t('errors.fileTooLarge'))
    setPending(true)
    setError(null)
    try {
      const res = await fetch(`/api/documents?locale=${locale}`, {
        method: 'POST',
        body: data,
        credentials: 'same-origin',
      })
      if (res.ok) {
        form.current?.reset()
        setDone(true)
        router.refresh()
        return
      }
      // The proxy's 413 (a body over the limit) is plain text; the route's refusals are JSON.
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null
      setError(body?.error?.message ?? (res.status === 413 ? t('errors.fileTooLarge') : t('errors.generic')))
    } catch {
      setError(t('errors.generic'))
    } finally {
      setPending(false)
    }
  }

  return (
    <form ref={form} onSubmit={submit} className="space-y-3" aria-label={t('uploadTitle')} noValidate>
      <input type="hidden" name="agreementId" value={agreementId} />
      <div>
        <label htmlFor={`${id}-file`} className="mb-1 block text-sm font-medium text-stone-800">
          {t('file')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          name="file"
          accept={DOCUMENT_ACCEPT}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ')}
          onChange={() => setError(null)}
          className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-stone-100 file:px-3 file:py-1 file:text-sm file:font-medium`}
        />
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {t('fileHint')}
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      {amendments.length > 0 && (
        <div>
          <label htmlFor={`${id}-to`} className="mb-1 block text-sm font-medium text-stone-800">
            {t('attachTo')}
          </label>
          <select id={`${id}-to`} name="amendmentId" defaultValue="" className={inputClass}>
            <option value="">{t('theMemorandum')}</option>
            {amendments.map((a) => (
              <option key={a.id} value={a.id}>
                {t('amendment', { n: a.number })}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="inline-flex items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-800 disabled:cursor-wait disabled:opacity-60"
        >
          {pending ? t('uploading') : t('upload')}
        </button>
        {done && (
          <p role="status" className="text-sm font-medium text-emerald-800">
            {t('uploaded')}
          </p>
        )}
      </div>
    </form>
  )
}
