/**
 * A view an element loads on demand (the 决算 self-evaluation views): the module once it is here,
 * the promise of loading it while it is not (BudgetElement.viewFor waits for it), and the failure
 * if it could not load (offline, blocked), rethrown where the view is wanted so the element shows
 * its own error state ("显示出错", the static fallback readable) instead of a wrong or empty view.
 */
export class LazyView<M> {
  private module?: M;
  private failure?: unknown;
  private loading?: Promise<unknown>;

  constructor(private readonly load: () => Promise<M>) {}

  /** The promise of loading, never rejecting; undefined once loaded or failed. */
  wait(): Promise<unknown> | undefined {
    if (this.module || this.failure) return undefined;
    return (this.loading ??= this.load().then(
      (m) => void (this.module = m),
      (e: unknown) => void (this.failure = e ?? new Error('view not loaded')),
    ));
  }

  /** The module, or undefined before it is loaded; throws what kept it from loading. */
  get(): M | undefined {
    if (this.failure) throw this.failure;
    return this.module;
  }
}
