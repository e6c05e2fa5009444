'use client'

import { useActionState, useEffect, useState, startTransition } from 'react'
import { useTranslations } from 'next-intl'
import { unstable_rethrow } from 'next/navigation'
import { useRouter } from '@/lib/i18n/navigation'
import { checkImportAction, commitImportAction, undoImportAction } from '@/lib/import/actions'
import type { ImportReport } from '@/lib/import/mutations'
import type { UndoResult } from '@/lib/import/undo'
import { idle, type FormState } from '@/lib/forms/state'

const button =
  'inline-flex items-center rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-800 disabled:opacity-50'
const secondary =
  'inline-flex items-center rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-800 shadow-sm hover:bg-stone-100 disabled:opacity-50'

type Action = (state: FormState, formData: FormData) => Promise<FormState>

/** A failed request (a network error, the proxy's 413) becomes an error state instead of an exception. */
function safe(action: Action): Action {
  return async (state, formData) => {
    try {
      return await action(state, formData)
    } catch (e) {
      unstable_rethrow(e)
      return { status: 'error', formError: 'generic', values: {} }
    }
  }
}
const check = safe((s, fd) => checkImportAction(s, fd))
const commitImport = safe((s, fd) => commitImportAction(s, fd))
const undoImport = safe((s, fd) => undoImportAction(s, fd))

const reportOf = (s: FormState) => (s.status === 'saved' ? (s.data as ImportReport | undefined) : undefined)

/**
 * Upload → dry run (the report) → import. The chosen files are kept in the component, not in the form,
 * so the import sends exactly the files the report was made for (and names their hash).
 */
export function ImportForm({ organizations, admin }: { organizations: { id: string; label: string }[]; admin: boolean }) {
  const t = useTranslations('import')
  const router = useRouter()
  const [files, setFiles] = useState<File[]>([])
  const [organizationId, setOrganizationId] = useState(organizations[0]?.id ?? '')
  const [checked, runCheck, checking] = useActionState(check, idle)
  const [committed, commit, committing] = useActionState(commitImport, idle)
  const [shown, setShown] = useState<'check' | 'commit'>('check')
  const pending = checking || committing
  const elapsed = useElapsed(pending)

  const form = (sha256?: string) => {
    const fd = new FormData()
    if (organizationId) fd.set('organizationId', organizationId)
    if (sha256) fd.set('sha256', sha256)
    for (const f of files) fd.append('files', f)
    return fd
  }
  const report = shown === 'check' ? reportOf(checked) : reportOf(committed)
  const failed = shown === 'check' ? checked : committed
  useEffect(() => {
    if (reportOf(committed)?.batchId) router.refresh()
  }, [committed, router])

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        {(organizations.length > 1 || (admin && organizations.length > 0)) && (
          <label className="block text-sm">
            <span className="font-medium text-stone-800">{t('upload.organization')}</span>
            <select
              name="organizationId"
              className="mt-1 block rounded-md border border-stone-300 px-2 py-1.5"
              value={organizationId}
              onChange={(e) => setOrganizationId(e.target.value)}
            >
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="block text-sm">
          <span className="font-medium text-stone-800">{t('upload.files')}</span>
          <input
            type="file"
            name="files"
            multiple
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block text-sm"
            aria-describedby="import-files-hint"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
          <span id="import-files-hint" className="mt-1 block text-xs text-stone-600">
            {t('upload.hint')}
          </span>
        </label>
        <button
          type="button"
          className={secondary}
          disabled={!files.length || pending}
          onClick={() => {
            setShown('check')
            startTransition(() => runCheck(form()))
          }}
        >
          {t('upload.check')}
        </button>
      </div>

      {pending && (
        <div role="status" aria-live="polite" className="space-y-1">
          <progress className="w-full max-w-md" aria-label={t('upload.working')} />
          <p className="text-sm text-stone-700">{t('upload.elapsed', { seconds: elapsed })}</p>
        </div>
      )}

      {!pending && failed.status === 'error' && (
        <p role="alert" className="text-sm text-red-800">
          {t('upload.failed')}
        </p>
      )}
      {!pending && failed.status === 'invalid' && (
        <p role="alert" className="text-sm text-red-800">
          {t('upload.tooLarge')}
        </p>
      )}

      {!pending && report && (
        <ImportReportView
          report={report}
          onCommit={
            shown === 'check' && report.ok && report.dryRun
              ? () => {
                  setShown('commit')
                  startTransition(() => commit(form(report.sha256)))
                }
              : undefined
          }
        />
      )}
    </div>
  )
}

function useElapsed(running: boolean): number {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    if (!running) return
    const start = Date.now()
    setSeconds(0)
    const timer = setInterval(() => setSeconds(Math.round((Date.now() - start) / 1000)), 1000)
    return () => clearInterval(timer)
  }, [running])
  return seconds
}

function ImportReportView({ report, onCommit }: { report: ImportReport; onCommit?: () => void }) {
  const t = useTranslations('import')
  const kinds = Object.entries(report.byKind)
  return (
    <div className="space-y-3" aria-live="polite">
      <p className={report.ok ? 'font-medium text-emerald-900' : 'font-medium text-red-800'} role={report.ok ? 'status' : 'alert'}>
        {report.fileChanged
          ? t('report.fileChanged')
          : !report.ok
            ? t('report.problems', { count: report.problems.length })
            : report.batchId
              ? t('report.done', report.counts)
              : t('report.clean', report.counts)}
      </p>
      {report.notes.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-amber-900">
          {report.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {kinds.length > 0 && (
        <ul className="text-sm text-stone-700">
          {kinds.map(([kind, c]) => (
            <li key={kind}>
              <strong>{kind}</strong>: {t('history.countsText', c!)}
            </li>
          ))}
        </ul>
      )}
      {report.problems.length > 0 && (
        <div className="max-h-[32rem] overflow-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t('report.caption')}</caption>
            <thead className="sticky top-0 bg-white text-left text-stone-600">
              <tr>
                <th className="py-1 pr-3">{t('report.sheet')}</th>
                <th className="py-1 pr-3">{t('report.row')}</th>
                <th className="py-1 pr-3">{t('report.column')}</th>
                <th className="py-1 pr-3">{t('report.problem')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {report.problems.map((p, i) => (
                <tr key={i}>
                  <td className="py-1 pr-3">{p.sheet}</td>
                  <td className="py-1 pr-3">{p.row ?? '—'}</td>
                  <td className="py-1 pr-3">
                    <code>{p.column ?? '—'}</code>
                  </td>
                  <td className="py-1 pr-3">{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {onCommit && (
        <button type="button" className={button} onClick={onCommit}>
          {t('report.commit', { rows: report.rowCount })}
        </button>
      )}
    </div>
  )
}

/** Undo of the organization's latest import; the refusal names the records that changed since. */
export function UndoButton({ organizationId }: { organizationId: string }) {
  const t = useTranslations('import')
  const router = useRouter()
  const [state, undo, pending] = useActionState(undoImport, idle)
  const result = state.status === 'saved' ? (state.data as UndoResult) : undefined
  useEffect(() => {
    if (result?.ok) router.refresh()
  }, [result, router])
  return (
    <form
      action={(fd) => {
        if (window.confirm(t('history.confirmUndo'))) startTransition(() => undo(fd))
      }}
      className="space-y-1"
    >
      <input type="hidden" name="organizationId" value={organizationId} />
      <button type="submit" className={secondary} disabled={pending}>
        {t('history.undo')}
      </button>
      {result && !result.ok && (
        <div role="alert" className="text-sm text-red-800">
          {result.reason === 'nothing' ? (
            t('history.nothing')
          ) : (
            <>
              {t('history.refused')}
              <ul className="list-disc pl-5">
                {result.records.slice(0, 20).map((r, i) => (
                  <li key={i}>
                    {r.kind} <code>{r.externalId}</code>: {t(`history.why.${r.reason}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  )
}
