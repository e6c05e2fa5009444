// Runs once when the server starts. Production refuses to start without a session secret, instead of
// failing at the first sign-in (development generates one: lib/auth/secret.ts).
export async function register() {
  if (
    process.env.NEXT_RUNTIME === 'nodejs' &&
    process.env.NODE_ENV === 'production' &&
    !process.env.AUTH_SECRET?.trim()
  ) {
    console.error('[config] AUTH_SECRET is not set: production needs a secret for sessions (openssl rand -base64 32)')
    process.exit(1)
  }
}
