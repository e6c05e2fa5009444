/** Where a sign-in may lead: a manage path of ours below the locale, never another site ("//evil", "https:"). */
export function safeNextPath(next: string | undefined | null, locale: string): string {
  if (next && /^\/manage(\/[A-Za-z0-9_\-/]*)?(\?[A-Za-z0-9_\-=&%.]*)?$/.test(next) && !next.includes('//'))
    return `/${locale}${next}`
  return `/${locale}/manage`
}
