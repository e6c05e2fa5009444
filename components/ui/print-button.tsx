'use client'

/** Opens the browser's print dialog (print or save as PDF); hidden on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 print:hidden"
    >
      {label}
    </button>
  )
}
