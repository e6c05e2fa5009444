/**
 * A titled section; `id` links the heading for screen readers and anchors. Public record pages set
 * sections on the page itself; the manage area sets each in a card (`card`), its actions beside the title.
 */
export function Section({
  id,
  title,
  children,
  aside,
  card = false,
}: {
  id?: string
  title: React.ReactNode
  children: React.ReactNode
  aside?: React.ReactNode
  card?: boolean
}) {
  return (
    <section
      aria-labelledby={id}
      className={card ? 'rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5' : 'space-y-3'}
    >
      <div
        className={
          card
            ? 'mb-3 flex flex-wrap items-center justify-between gap-2'
            : 'flex flex-wrap items-baseline justify-between gap-2'
        }
      >
        <h2 id={id} className={`${card ? 'text-lg' : 'text-xl'} font-semibold text-stone-950`}>
          {title}
        </h2>
        {card && aside ? <div className="flex flex-wrap gap-2">{aside}</div> : aside}
      </div>
      {children}
    </section>
  )
}
