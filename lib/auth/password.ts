import bcrypt from 'bcryptjs' // pure JS: no native build, no install script

/** bcrypt cost: ~250 ms per hash on our 2-core machines; raise it as hardware gets faster. */
const COST = 12

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST)
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash)
}

/**
 * A hash of a random password nobody knows: comparing against it when the e-mail is unknown keeps the
 * time of a failed sign-in the same whether or not the account exists.
 */
export const DUMMY_HASH = '$2b$12$07EJXe3SROhYLGEi4j4G9uhlRd4ijfRy3Dk.Yp4J2PiopyJOQQekm'
