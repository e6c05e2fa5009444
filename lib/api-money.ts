/** Minor units → a JSON number of major units (2 decimals). Exact for any amount below 90 trillion. */
export function minorToNumber(minor: bigint | null): number | null {
  return minor === null ? null : Number(minor) / 100
}
