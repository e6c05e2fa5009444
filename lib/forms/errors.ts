import { isOneOf } from '@/lib/one-of'
/**
 * Error keys: what schemas and mutations report, translated by the form in the user's language
 * (messages under manage.errors in lib/i18n/messages/<locale>/manage.json). Keys, not sentences, so
 * one zod schema serves the browser and the server in every language.
 */
export const errorKeys = [
  // fields
  'required',
  'requiredOneLanguage',
  'tooLong',
  'invalid',
  'invalidEmail',
  'invalidChoice',
  'invalidDate',
  'dateOrder',
  'invalidYear',
  'invalidNumber',
  'amountInvalid',
  'amountNegative',
  'amountTooLarge',
  'amountNeedsCurrency',
  'amountDisagreesWithValuation',
  'amountOrShare',
  'shareInvalid',
  'shareOrder',
  'valuationRequired',
  'disaggregationExceeds',
  'unknownRecord',
  'notYourOrganization',
  'partiesNeedCsoAndGovernment',
  'duplicateParty',
  'partyNeedsOrganization',
  'territoryRequired',
  'territoryLevel',
  'grantAlreadyCounted',
  'grantNeedsOrganization',
  'passwordTooShort',
  'passwordTooLong',
  'passwordMismatch',
  'emailTaken',
  'tinTaken',
  'okpoTaken',
  'tinFormat',
  'okpoFormat',
  'membershipNeedsRole',
  'deleteHasChildren',
  'withheldByAnother',
  'expiryBeforeSigning',
  'memorandumNeedsTwoParties',
  'amendmentOutOfOrder',
  'cannotRenew',
  'memorandumEnded',
  'memorandumNotDeletable',
  'notAParty',
  'disputeNeedsComment',
  'grantCountedElsewhere',
  'mergeSameOrganization',
  'mergeExternalIdConflict',
  'mergeSystemOrganization',
  'mergeChangedSince',
  'mergeAlreadyUndone',
  // whole form
  'notFound',
  'conflict',
  'generic',
  'wrongCredentials',
  'linkInvalid',
  'alreadySaved',
  'tooManyAttempts',
  'tooManyRequests',
  'requestTooLarge',
] as const
export type ErrorKey = (typeof errorKeys)[number]

export const isErrorKey = isOneOf(errorKeys)

/** Warnings do not stop a save; they are shown after it (e.g. a place that a reform has abolished). */
export const warningKeys = ['territoryAbolished', 'noTerritory'] as const
export type WarningKey = (typeof warningKeys)[number]
