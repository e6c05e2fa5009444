import { FormPage } from '@/components/manage/form-page'
import { LocalizedText } from '@/components/ui/localized-text'
import type { Locale } from '@/lib/i18n/locales'
import type { MemorandumForEdit } from '@/lib/memoranda/queries'

/** The frame of a memorandum's edit, amend, renew and terminate pages: back to the memorandum, a title, the form. */
export function StepFrame({
  m,
  locale,
  title,
  lead,
  children,
}: {
  m: MemorandumForEdit
  locale: Locale
  title: string
  lead?: string
  children: React.ReactNode
}) {
  return (
    <FormPage
      back={{
        href: `/manage/memoranda/${m.id}`,
        label: <LocalizedText value={m.subject} locale={locale} sourceLocale={m.sourceLocale} />,
      }}
      title={title}
      lead={lead}
    >
      {children}
    </FormPage>
  )
}
