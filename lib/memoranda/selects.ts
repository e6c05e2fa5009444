/** Who signed a memorandum for a party, and when (a partial date). */
export const signatureSelect = {
  signatoryName: true,
  signatoryTitle: true,
  signedDate: true,
  signedPrecision: true,
} as const

/** A memorandum as a manage list shows it: subject, status, expiry, publication. */
export const listedMemorandumSelect = {
  id: true,
  subject: true,
  sourceLocale: true,
  status: true,
  expiryDate: true,
  expiryPrecision: true,
  publicationStatus: true,
} as const
