/** A titled section of a record page; `id` links the heading for screen readers and anchors. */
export function Section({
  id,
  title,
  children,
  aside,
}: {
  id: string
  title: React.ReactNode
  children: React.ReactNode
  aside?: React.ReactNode
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold text-stone-950">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  )
}
