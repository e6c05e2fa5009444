/** The badge of a record that every local government it names has confirmed since its last change. */
export function ConfirmedBadge({ label }: { label: string }) {
  return (
    <span
      className="inline-flex w-fit items-center gap-1 rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-semibold text-emerald-900 ring-1 ring-emerald-200"
      data-confirmed-by-both
    >
      <span aria-hidden>✓</span>
      {label}
    </span>
  )
}
