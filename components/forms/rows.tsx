'use client'

import { useRef, useState } from 'react'

// Lists of rows a form grows and shrinks (parties, sections). A row's `key` stays with it while rows
// before it go, so React keeps each row's inputs; its place in the list (`parties.0`, `parties.1`, …)
// is what the inputs are named by.

/** The rows, starting from `start` (keys 0, 1, …), with what the buttons and inputs do to them. */
export function useRows<R extends { key: number }>(start: R[], blank: (key: number) => R) {
  const nextKey = useRef(start.length)
  const [rows, setRows] = useState<R[]>(start)
  return {
    rows,
    add: () => setRows((rs) => [...rs, blank(nextKey.current++)]),
    remove: (key: number) => setRows((rs) => rs.filter((r) => r.key !== key)),
    update: (key: number, patch: Partial<R> | ((row: R) => Partial<R>)) =>
      setRows((rs) =>
        rs.map((r) => (r.key === key ? { ...r, ...(typeof patch === 'function' ? patch(r) : patch) } : r)),
      ),
  }
}

export function AddRowButton({ onClick, children }: { onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
    >
      {children}
    </button>
  )
}

export function RemoveRowButton({
  onClick,
  alignWithInputs = false,
  children,
}: {
  onClick: () => void
  /** In a row laid out as a grid aligned at the bottom: sit level with the inputs' text. */
  alignWithInputs?: boolean
  children: React.ReactNode
}) {
  const className = 'text-sm font-medium text-red-700 hover:underline'
  return (
    <button type="button" onClick={onClick} className={alignWithInputs ? `pb-2 ${className}` : className}>
      {children}
    </button>
  )
}
