/**
 * A party of a partnership or a memorandum as the manage pages read it: its row, its organization
 * (name and kind) or else the name it was reported by, and its type. Each entity adds its own fields.
 */
export const managedPartySelect = {
  id: true,
  organizationId: true,
  nameAsReported: true,
  partyType: true,
  organization: { select: { name: true, kind: true } },
} as const
