import 'server-only'
import { readEnv } from '@/lib/env'

export type Mail = { to: string; subject: string; text: string }

/** Whether mail can be sent at all (SMTP_URL is set). */
export function mailConfigured(): boolean {
  return Boolean(readEnv().SMTP_URL)
}

/**
 * Sends a mail through SMTP_URL (e.g. smtps://user:pass@smtp.example.org:465). Returns false when
 * SMTP is not configured or the server refused: callers then show the link to the admin instead.
 */
export async function sendMail(mail: Mail): Promise<boolean> {
  const env = readEnv()
  if (!env.SMTP_URL) return false
  try {
    const nodemailer = await import('nodemailer')
    const transport = nodemailer.createTransport(env.SMTP_URL)
    await transport.sendMail({ from: env.SMTP_FROM ?? 'Partnership Registry <no-reply@localhost>', ...mail })
    return true
  } catch (e) {
    console.error('[mail] sending failed:', (e as Error).message)
    return false
  }
}
