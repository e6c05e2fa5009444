/** The accounts global-setup.ts creates in the e2e database. */
export const E2E_PASSWORD = 'e2e password 12345'
export const e2eUsers = {
  admin: 'admin@e2e.example',
  editor: 'editor@e2e.example', // NGO "Aikol Talas (e2e)"
  otherEditor: 'other@e2e.example', // NGO "Other NGO (e2e)"
  resettable: 'reset@e2e.example', // NGO "Other NGO (e2e)"; the password-reset test changes its password
  locked: 'locked@e2e.example', // the sign-in limit test locks this account
} as const
export const E2E_NGO_SLUG = 'e2e-aikol-talas'
export const E2E_OTHER_NGO_SLUG = 'e2e-other-ngo'
export const E2E_PROGRAMME_SLUG = 'e2e-clean-water'
