/** Who signed a memorandum for a party, and when (a partial date). */
export const signatureSelect = {
  signatoryName: true,
  signatoryTitle: true,
  signedDate: true,
  signedPrecision: true,
} as const
