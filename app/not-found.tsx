import Link from 'next/link'
import { siteIcons } from '@/lib/site-icons'
import './globals.css'

// Outside any locale (e.g. /missing.txt): a plain trilingual page.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body className="p-8 text-center">
        <link rel="icon" href={siteIcons.icon} type="image/svg+xml" />
        <link rel="apple-touch-icon" href={siteIcons.apple} />
        <h1 className="text-2xl font-semibold">
          <span lang="ky">Барак табылган жок</span> · <span lang="ru">Страница не найдена</span> ·{' '}
          <span lang="en">Page not found</span>
        </h1>
        <p className="mt-6">
          <Link className="underline" href="/">
            /
          </Link>
        </p>
      </body>
    </html>
  )
}
