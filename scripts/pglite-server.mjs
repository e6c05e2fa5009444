// Serves one PGlite instance over the PostgreSQL wire protocol, one client at a time.
//
// PGlite is a single PostgreSQL session. Several client connections (the app's pool, `db:seed`,
// `prisma migrate`) share it, so this server gives one connection the session from its first message
// until PGlite answers ReadyForQuery 'I' (idle, no transaction) after that connection's Sync or Query:
// a whole transaction, or a whole extended-query group (Parse/Bind/Describe/Execute … Sync), runs
// without anyone else's messages in between. Others wait their turn, first come first served.
// (`@electric-sql/pglite-socket` queues single messages and kept a connection's turn only inside a
// transaction, so concurrent extended-query groups interleaved: docs/decisions/011-embedded-database-sessions.md.)
//
// Clients authenticate with a password (MD5 challenge; pg and Prisma support it). The database name
// is ignored: there is only the one database.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import net from 'node:net'

const PROTOCOL_3 = 196608
const SSL_REQUEST = 80877103
const GSSENC_REQUEST = 80877104
const CANCEL_REQUEST = 80877102

/**
 * @param {import('@electric-sql/pglite').PGlite} db
 * @param {{ port: number, host?: string, password: string, idleInTransactionMs?: number }} options
 * idleInTransactionMs: a connection that holds an open transaction this long without sending anything,
 * while others wait, is closed and its transaction rolled back (PostgreSQL's
 * idle_in_transaction_session_timeout, applied only when it blocks someone). 0 disables it.
 */
export async function startPgliteServer(db, { port, host = '127.0.0.1', password, idleInTransactionMs = 60_000 }) {
  if (!password) throw new Error('the embedded database needs a password')
  await db.waitReady
  const session = new Session(db, idleInTransactionMs)
  const parameters = await session.startupParameters()
  const connections = new Set()
  const server = net.createServer((socket) => {
    const c = new Connection(socket, session, password, parameters)
    connections.add(c)
    socket.on('close', () => connections.delete(c))
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return {
    port: /** @type {net.AddressInfo} */ (server.address()).port,
    async stop() {
      for (const c of connections) c.socket.destroy()
      await new Promise((resolve) => server.close(() => resolve()))
      await session.idle()
    },
  }
}

/** The one PGlite session and whose turn it is. */
class Session {
  constructor(db, idleInTransactionMs) {
    this.db = db
    this.idleInTransactionMs = idleInTransactionMs
    this.owner = null
    this.waiting = [] // connections in arrival order, each with its resolve
    this.status = 'I' // transaction status of the last ReadyForQuery
    this.running = Promise.resolve()
  }

  /** The ParameterStatus messages PGlite sends at startup, replayed to each client after authentication. */
  async startupParameters() {
    const body = Buffer.from('user\0postgres\0database\0postgres\0\0')
    const head = Buffer.alloc(8)
    head.writeInt32BE(8 + body.length, 0)
    head.writeInt32BE(PROTOCOL_3, 4)
    const out = await this.execute(Buffer.concat([head, body]))
    return Buffer.concat(splitMessages(out).filter((m) => m[0] === 0x53 /* S */))
  }

  /** Runs one protocol message; returns PGlite's whole answer and notes the transaction status. */
  async execute(message, onData) {
    const chunks = []
    const scan = new ReadyScanner()
    const run = this.db.runExclusive(() =>
      this.db.execProtocolRawStream(message, {
        onRawData: (chunk) => {
          const copy = Buffer.from(chunk) // the chunk is a view into PGlite's memory
          const status = scan.push(copy)
          if (status) this.status = status
          if (onData) onData(copy)
          else chunks.push(copy)
        },
      }),
    )
    this.running = run.catch(() => {})
    await run
    return { out: Buffer.concat(chunks), ready: scan.seen }
  }

  acquire(connection) {
    if (this.owner === connection) return Promise.resolve()
    if (!this.owner) {
      this.owner = connection
      return Promise.resolve()
    }
    return new Promise((resolve) => {
      this.waiting.push({ connection, resolve })
      this.owner?.blocking()
    })
  }

  release(connection) {
    if (this.owner !== connection) return
    this.owner = null
    while (this.waiting.length) {
      const next = this.waiting.shift()
      next.resolve() // a connection closed while it waited wakes up only to leave
      if (next.connection.closed) continue
      this.owner = next.connection
      return
    }
  }

  /** Leaves the session as a new client expects it: no half-done extended query, no transaction. */
  async reset() {
    const sync = await this.execute(frontend('S'))
    if (!sync.ready || this.status !== 'I') await this.execute(frontend('Q', Buffer.from('ROLLBACK\0')))
  }

  /** Waits for the message PGlite is running, if any. */
  async idle() {
    await this.running
  }
}

/** One client connection: startup and authentication, then messages run in its turns. */
class Connection {
  constructor(socket, session, password, parameters) {
    this.socket = socket
    this.session = session
    this.password = password
    this.parameters = parameters
    this.buffer = Buffer.alloc(0)
    this.phase = 'startup' // startup → password → ready
    this.queue = []
    this.pumping = false
    this.closed = false
    this.idleTimer = null
    socket.setNoDelay(true)
    socket.on('data', (data) => this.receive(data))
    socket.on('error', () => {}) // a client that vanishes is handled on 'close'
    socket.on('close', () => this.close())
  }

  receive(data) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, data]) : data
    clearTimeout(this.idleTimer)
    while (!this.closed) {
      if (this.phase === 'startup') {
        if (this.buffer.length < 8) return
        const length = this.buffer.readInt32BE(0)
        if (length < 8 || length > 10_000) return this.fail('08P01', 'invalid startup packet')
        if (this.buffer.length < length) return
        const packet = this.buffer.subarray(0, length)
        this.buffer = this.buffer.subarray(length)
        this.startup(packet)
      } else {
        if (this.buffer.length < 5) return
        const length = 1 + this.buffer.readInt32BE(1)
        if (length < 5) return this.fail('08P01', 'invalid message length')
        if (this.buffer.length < length) return
        const message = Buffer.from(this.buffer.subarray(0, length))
        this.buffer = this.buffer.subarray(length)
        if (this.phase === 'password') this.authenticate(message)
        else this.enqueue(message)
      }
    }
  }

  startup(packet) {
    const code = packet.readInt32BE(4)
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) return void this.socket.write('N')
    if (code === CANCEL_REQUEST) return this.socket.end() // not supported: queries are not interrupted
    if (code !== PROTOCOL_3) return this.fail('0A000', 'unsupported frontend protocol')
    const fields = packet
      .subarray(8, packet.length - 1)
      .toString('utf8')
      .split('\0')
    const params = Object.fromEntries(fields.flatMap((f, i) => (i % 2 === 0 && f ? [[f, fields[i + 1]]] : [])))
    this.user = params.user ?? ''
    this.salt = randomBytes(4)
    this.phase = 'password'
    const request = Buffer.alloc(8)
    request.writeInt32BE(5, 0) // AuthenticationMD5Password
    this.salt.copy(request, 4)
    this.socket.write(backend('R', request))
  }

  authenticate(message) {
    if (message[0] !== 0x70 /* p */) return this.fail('08P01', 'expected a password message')
    const given = message.subarray(5, message.indexOf(0, 5))
    const inner = md5(Buffer.concat([Buffer.from(this.password), Buffer.from(this.user)]))
    const expected = Buffer.from(`md5${md5(Buffer.concat([Buffer.from(inner), this.salt]))}`)
    const matches = given.length === expected.length && timingSafeEqual(given, expected)
    if (!matches || this.user !== 'postgres')
      // PGlite has the one role
      return this.fail('28P01', `password authentication failed for user "${this.user}"`)
    this.phase = 'ready'
    const key = Buffer.alloc(8)
    key.writeInt32BE(process.pid, 0)
    randomBytes(4).copy(key, 4)
    this.socket.write(
      Buffer.concat([
        backend('R', Buffer.alloc(4)),
        this.parameters,
        backend('K', key),
        backend('Z', Buffer.from('I')),
      ]),
    )
  }

  enqueue(message) {
    this.queue.push(message)
    if (!this.pumping) void this.pump()
  }

  /** Runs this connection's messages in order, each in this connection's turn with the session. */
  async pump() {
    this.pumping = true
    try {
      while (this.queue.length && !this.closed) {
        if (this.queue[0][0] === 0x58 /* X: Terminate */) {
          this.socket.end()
          break
        }
        await this.session.acquire(this)
        if (this.closed) break
        const message = this.queue.shift()
        const { ready } = await this.session.execute(message, (chunk) => {
          if (!this.closed) this.socket.write(chunk)
        })
        // The turn ends at ReadyForQuery 'I': after a Sync or Query outside a transaction.
        if (ready && this.session.status === 'I') this.session.release(this)
      }
    } catch (e) {
      console.error('[db] embedded database failed a message:', e)
      this.socket.destroy()
    } finally {
      this.pumping = false
      if (this.closed) await this.leave()
      else if (this.session.owner === this) this.watchIdle()
    }
  }

  /** Others wait for this connection: a turn (an open transaction) left idle too long is ended. */
  blocking() {
    if (!this.pumping) this.watchIdle()
  }

  watchIdle() {
    const ms = this.session.idleInTransactionMs
    if (!ms || !this.session.waiting.length) return
    clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => {
      if (this.session.owner !== this || this.pumping || !this.session.waiting.length) return
      this.fail('25P03', 'terminating connection due to idle-in-transaction timeout (others are waiting)')
    }, ms)
    this.idleTimer.unref()
  }

  close() {
    if (this.closed) return
    this.closed = true
    clearTimeout(this.idleTimer)
    this.queue = []
    if (!this.pumping) void this.leave()
  }

  /** A connection that goes away mid-turn: roll back what it left open, then pass the turn on. */
  async leave() {
    if (this.session.owner !== this) return
    try {
      await this.session.reset()
    } catch (e) {
      console.error('[db] could not reset the embedded database session:', e)
    }
    this.session.release(this)
  }

  fail(code, text) {
    const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${text}\0\0`)
    this.socket.end(backend('E', fields))
    this.close()
  }
}

/** Follows PGlite's output across chunks and reports the status byte of each ReadyForQuery. */
class ReadyScanner {
  constructor() {
    this.header = Buffer.alloc(0)
    this.skip = 0
    this.wantStatus = false
    this.seen = false
  }

  push(chunk) {
    let status = null
    let i = 0
    while (i < chunk.length) {
      if (this.wantStatus) {
        status = String.fromCharCode(chunk[i])
        this.seen = true
        this.wantStatus = false
      }
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - i)
        this.skip -= n
        i += n
        continue
      }
      const need = 5 - this.header.length
      this.header = Buffer.concat([this.header, chunk.subarray(i, i + need)])
      i += Math.min(need, chunk.length - i)
      if (this.header.length < 5) break
      this.skip = this.header.readInt32BE(1) - 4
      this.wantStatus = this.header[0] === 0x5a /* Z */
      this.header = Buffer.alloc(0)
    }
    return status
  }
}

function splitMessages({ out }) {
  const messages = []
  for (let i = 0; i + 5 <= out.length;) {
    const end = i + 1 + out.readInt32BE(i + 1)
    messages.push(out.subarray(i, end))
    i = end
  }
  return messages
}

function backend(type, body) {
  const head = Buffer.alloc(5)
  head.write(type, 0, 'latin1')
  head.writeInt32BE(4 + body.length, 1)
  return Buffer.concat([head, body])
}

const frontend = (type, body = Buffer.alloc(0)) => backend(type, body)

const md5 = (data) => createHash('md5').update(data).digest('hex')
