/** Matching key for names: lower case, Latin and Cyrillic letters and digits only ("Tort-Kul" = "tortkul"). */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** URL segment: lower-case ASCII, runs of anything else become '-' (the geo README's rule). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
