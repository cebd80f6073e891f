/**
 * The one shape of a state machine: for each status, the statuses it may move to. Every entity
 * with a status declares `const X_TRANSITIONS = { ... } satisfies Record<Status, readonly Status[]>`
 * in its domain's `policy.ts` (safe in the browser, so the UI shows the same buttons the service
 * allows), and reads it only through these helpers.
 *
 * A service applies a move as one conditional update, so a stale page or a second click changes
 * nothing and answers STATE_CHANGED:
 *   updateMany({ where: { id, status: { in: sourcesOf(X_TRANSITIONS, to) } }, data: { status: to } })
 *   count === 0 -> fail('STATE_CHANGED', ...)
 */
export type Transitions<S extends string> = { readonly [K in S]: readonly S[] };

export function canTransition<S extends string>(table: Transitions<S>, from: S, to: S): boolean {
  return table[from].includes(to);
}

/** Where `from` may go next (the buttons a page shows). */
export function targetsOf<S extends string>(table: Transitions<S>, from: S): readonly S[] {
  return table[from];
}

/**
 * The statuses from which `to` may be reached: the `status: { in: ... }` of the conditional
 * update. `among` narrows them to where one particular move starts (an operator resolves only a
 * disputed submission, a poster reviews only a pending one, though both end in ACCEPTED).
 */
export function sourcesOf<S extends string>(table: Transitions<S>, to: S, among?: readonly S[]): S[] {
  return (Object.keys(table) as S[]).filter((from) => canTransition(table, from, to) && (among === undefined || among.includes(from)));
}

/** Statuses nothing leaves. */
export function isFinal<S extends string>(table: Transitions<S>, status: S): boolean {
  return table[status].length === 0;
}
