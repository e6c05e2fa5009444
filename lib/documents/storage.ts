import 'server-only'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readEnv, type Env } from '@/lib/env'

/**
 * Where the bytes of signed scans live. The database holds what a document is (Document rows); a
 * store holds only bytes under an opaque key the app makes up (`<agreementId>/<uuid>`), never a name a
 * person typed. Two kinds: a folder on this machine (the default, under the data directory, so the
 * backup that copies `.data/` takes the scans with it), and an S3-compatible bucket when S3_BUCKET is
 * configured (several app servers, or a host without a lasting disk).
 */
export interface DocumentStore {
  readonly kind: 'disk' | 's3'
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>
  /** Removes the bytes; removing what is not there is not an error. */
  delete(key: string): Promise<void>
}

const KEY = /^c[a-z0-9]{24}\/[0-9a-f-]{36}$/

function checkKey(key: string) {
  // Keys come from our own rows, but a path built from data is checked all the same.
  if (!KEY.test(key)) throw new Error(`invalid document storage key: ${key}`)
}

export function diskStore(dir: string): DocumentStore {
  const file = (key: string) => (checkKey(key), path.join(/*turbopackIgnore: true*/ dir, ...key.split('/')))
  return {
    kind: 'disk',
    async put(key, bytes) {
      const target = file(key)
      await mkdir(path.dirname(target), { recursive: true })
      // Written beside and renamed: a reader never sees half a file.
      const partial = `${target}.partial`
      await writeFile(partial, bytes, { mode: 0o600 })
      await rename(partial, target)
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(file(key)))
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw e
      }
    },
    async delete(key) {
      await rm(file(key), { force: true })
    },
  }
}

export function s3Store(env: Env): DocumentStore {
  const bucket = env.S3_BUCKET!
  const objectKey = (key: string) => (checkKey(key), `${env.S3_PREFIX}${key}`)
  // Loaded on first use: the SDK is large and a disk-only deployment never needs it.
  const client = import('@aws-sdk/client-s3').then((sdk) => ({
    sdk,
    s3: new sdk.S3Client({
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === '1' || env.S3_FORCE_PATH_STYLE === 'true',
      credentials:
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
          : undefined,
    }),
  }))
  return {
    kind: 's3',
    async put(key, bytes, contentType) {
      const { sdk, s3 } = await client
      await s3.send(
        new sdk.PutObjectCommand({ Bucket: bucket, Key: objectKey(key), Body: bytes, ContentType: contentType }),
      )
    },
    async get(key) {
      const { sdk, s3 } = await client
      try {
        const out = await s3.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }))
        return out.Body ? await out.Body.transformToByteArray() : null
      } catch (e) {
        if (e instanceof sdk.NoSuchKey) return null
        throw e
      }
    },
    async delete(key) {
      const { sdk, s3 } = await client
      await s3.send(new sdk.DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }))
    },
  }
}

/** The folder of the disk store: DOCUMENTS_DIR, or `.data/documents` beside the embedded database. */
export const documentsDir = (env: Env = readEnv()) =>
  // A folder chosen at run time: the bundler must not trace the project through it.
  env.DOCUMENTS_DIR
    ? path.resolve(/*turbopackIgnore: true*/ env.DOCUMENTS_DIR)
    : path.join(process.cwd(), '.data', 'documents')

let store: { config: string; store: DocumentStore } | undefined

/** The configured store (S3 when S3_BUCKET is set, else the disk), made once per configuration. */
export function documentStore(): DocumentStore {
  const env = readEnv()
  const config = env.S3_BUCKET ? `s3:${env.S3_ENDPOINT ?? ''}:${env.S3_BUCKET}` : `disk:${documentsDir(env)}`
  if (store?.config !== config) store = { config, store: env.S3_BUCKET ? s3Store(env) : diskStore(documentsDir(env)) }
  return store.store
}
