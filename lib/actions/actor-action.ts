import 'server-only'
import { getLocale } from 'next-intl/server'
import { z } from 'zod'
import { requireActor } from '@/lib/auth/actor'
import { expirePublic, publicTags, type PublicRecord } from '@/lib/manage/revalidate'
import type { Actor } from '@/lib/auth/roles'
import { runButton, runForm, type RunResult } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { redirect } from '@/lib/i18n/navigation'

/**
 * Every server action is one of these. An action is a public POST endpoint: whatever the page bound
 * to it and whatever the form sent arrive from the browser. The wrapper does, in this order and for
 * every action alike:
 *   1. checks the bound arguments against their schemas (ids in the id format, versions as positive
 *      integers): a forged argument ends here with "not found" and touches nothing;
 *   2. establishes the caller (`requireActor`: a signed-out caller goes to sign-in and comes back);
 *   3. parses the form with the shared zod schema (every field error at once, values kept);
 *   4. runs the mutation, which checks its own policy on the row it reloads, and maps what it throws
 *      to a form state (lib/forms/run.ts);
 *   5. expires the public cache entries the change touches (`touches`: the record's tags, read before
 *      the change and after it), revalidates, then redirects (outside any try/catch) or answers.
 */

type Schemas = readonly z.ZodType[]
/** The values of the bound arguments, as the page passes them and as the mutation receives them. */
export type BoundArgs<B extends Schemas> = { -readonly [K in keyof B]: z.output<B[K]> }

/** A path below the locale to go to after success, or a state for the form to show. */
type Outcome = string | FormState

type Common<B extends Schemas, S extends z.ZodType | undefined, R> = {
  /** What the action changes, for the log line of an unexpected failure. */
  entity: string
  /** Schemas of the arguments the page binds, in order. */
  bind?: B
  /** The form's schema (shared with the browser); none for buttons. */
  input?: S
  /**
   * The public record the change touches, for the public cache (lib/manage/revalidate.ts). Asked twice:
   * before the change, without a result (the record the bound arguments name: its old places), and
   * after it, with the result (its new places, or the record it created). Nothing public: leave it out.
   */
  touches?: (result: R | undefined, ...args: BoundArgs<B>) => PublicRecord | undefined
  /** What else to rebuild after a change (a list of the manage side). */
  revalidate?: (result: R, ...args: BoundArgs<B>) => void
  /** Where to go, or what to show, after success; by default the form says "saved". */
  onSuccess?: (result: R, ...args: BoundArgs<B>) => Outcome | Promise<Outcome>
}

type Input<S extends z.ZodType | undefined> = S extends z.ZodType ? z.output<S> : undefined

export type ActorActionDefinition<B extends Schemas, S extends z.ZodType | undefined, R> = Common<B, S, R> & {
  /** Where sign-in returns to when a signed-out person submits (a path below the locale). */
  signInReturn?: (...args: BoundArgs<B>) => string
  mutate: (ctx: { actor: Actor; input: Input<S>; formData: FormData }, ...args: BoundArgs<B>) => Promise<R>
}

export type AnonymousActionDefinition<B extends Schemas, S extends z.ZodType | undefined, R> = Common<B, S, R> & {
  mutate: (ctx: { input: Input<S>; formData: FormData }, ...args: BoundArgs<B>) => Promise<R>
}

/**
 * What a page binds and React calls: the bound arguments, then useActionState's state and the form.
 * An action without bound arguments may also be a plain `<form action>` (React passes only the form):
 * it then works before the page's JavaScript has loaded, and a navigation right after the click
 * cannot cancel it.
 */
export type ServerAction<B extends Schemas> = ((
  ...args: [...BoundArgs<B>, FormState, FormData]
) => Promise<FormState>) &
  (B extends readonly [] ? (formData: FormData) => Promise<void> : unknown)

/** What the authorization matrix and the fuzzing read off every action (tests/…/actions). */
export type ActionDefinitionInfo = {
  entity: string
  caller: 'signedIn' | 'anyone'
  bind: Schemas
  input?: z.ZodType
  /** Whether the action names the public records it changes (`touches`). */
  touchesPublic: boolean
}

const notFoundState: FormState = { status: 'error', formError: 'notFound', values: {} }

/** An action for a signed-in caller. */
export function actorAction<const B extends Schemas = [], S extends z.ZodType | undefined = undefined, R = unknown>(
  def: ActorActionDefinition<B, S, R>,
): ServerAction<B> & { definition: ActionDefinitionInfo } {
  return build(def, 'signedIn', async (args) => {
    const actor = await requireActor(def.signInReturn ? def.signInReturn(...args) : '/manage')
    return { actor, actorId: actor.userId }
  })
}

/** An action anyone may call (accepting an invitation, setting a password from a link). */
export function anonymousAction<const B extends Schemas = [], S extends z.ZodType | undefined = undefined, R = unknown>(
  def: AnonymousActionDefinition<B, S, R>,
): ServerAction<B> & { definition: ActionDefinitionInfo } {
  return build(def as ActorActionDefinition<B, S, R>, 'anyone', async () => ({ actor: undefined, actorId: undefined }))
}

function build<B extends Schemas, S extends z.ZodType | undefined, R>(
  def: ActorActionDefinition<B, S, R>,
  caller: ActionDefinitionInfo['caller'],
  identify: (args: BoundArgs<B>) => Promise<{ actor: Actor | undefined; actorId: string | undefined }>,
) {
  const bind: Schemas = def.bind ?? []

  async function action(...all: unknown[]): Promise<FormState> {
    const last = all[all.length - 1]
    const formData = last instanceof FormData ? last : new FormData()
    // Exactly the bound arguments, each valid: a forged one ends here, and nothing says which it was.
    const given = all.slice(0, bind.length)
    const parsed = bind.map((schema, i) => schema.safeParse(given[i]))
    if (given.length !== bind.length || parsed.some((p) => !p.success)) return notFoundState
    const args = parsed.map((p) => p.data) as BoundArgs<B>
    const { actor, actorId } = await identify(args)
    const context = { actorId, entity: def.entity, entityId: typeof args[0] === 'string' ? args[0] : undefined }
    const before = def.touches ? await publicTags(def.touches(undefined, ...args)) : []
    const mutate = (input: Input<S>) => def.mutate({ actor: actor as Actor, input, formData }, ...args)
    const run: RunResult<R> = def.input
      ? await runForm(formData, def.input, (input) => mutate(input as Input<S>), context)
      : await runButton(() => mutate(undefined as Input<S>), context)
    if (!run.ok) return run.state
    if (def.touches) expirePublic([...before, ...(await publicTags(def.touches(run.result, ...args)))])
    def.revalidate?.(run.result, ...args)
    const outcome = def.onSuccess ? await def.onSuccess(run.result, ...args) : { status: 'saved' as const }
    if (typeof outcome === 'string') return redirect({ href: outcome, locale: await getLocale() })
    return outcome
  }

  const info: ActionDefinitionInfo = {
    entity: def.entity,
    caller,
    bind,
    input: def.input,
    touchesPublic: Boolean(def.touches),
  }
  // The one cast: a function over `unknown[]` stands for the typed signature that bind() and React see.
  return Object.assign(action as ServerAction<B>, { definition: info })
}
