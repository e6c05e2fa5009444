/** A type guard for the values of a fixed list: `isOneOf(themes)(value)` says whether `value` is a Theme. */
export const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
