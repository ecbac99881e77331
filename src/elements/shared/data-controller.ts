/**
 * A widget's data as a reactive controller, modelled on @lit/task's Task: arguments (where the
 * data comes from) → a task with an AbortSignal (check, read or fetch it) → a status → the host
 * renders by status, and `complete` resolves when the state of the latest arguments is shown.
 *
 * Where the data comes from, highest precedence first: the host's `data` property, a
 * `<script type="application/json">` child (for CMSs that cannot host files), the `src` URL.
 * A URL is fetched once per page however many widgets use it (src/model/load.ts).
 *
 * Where it differs from @lit/task, and why we do not depend on it:
 *  - A source that needs no network (the property, inline JSON, a file this page already loaded)
 *    completes synchronously, in the update that picked it: a page carrying its data never shows
 *    the loading state for a frame. Task always runs its function asynchronously.
 *  - The host calls `sync()` from its `willUpdate`, not the controller from `hostUpdate`: Lit calls
 *    controllers after `willUpdate`, where elements derive their models from the data of the same update.
 *  - A failure becomes a LoadError worded for people (rarer failures by words loaded on demand);
 *    `budget-load` and `budget-error` are fired after the render that shows the state they report.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { absoluteUrl, checkDisclosure, DEFAULT_TIMEOUT, forgetDisclosure, isAbort, loadDisclosure, LoadError, peekDisclosure, readDisclosure } from '../../model/load.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { BudgetErrorEvent, BudgetLoadEvent, type DataSource } from './events.js';
import { kitFailure } from './kit-failure.js';
import { nextTask } from './render-turns.js';
import type { Locale } from './locale.js';
import { describeFailure, failureText, loadFailureWords } from './strings.js';

/** `initial`: no source yet; `pending`: fetching; `complete`: data shown; `error`: a failure shown. */
export type DataStatus = 'initial' | 'pending' | 'complete' | 'error';

/** The host's side: the properties the arguments are read from, and the language failures are worded in. */
export interface DataHost extends ReactiveElement {
  data?: BudgetDisclosure;
  src?: string;
  timeout: number;
}

/** The arguments of the task: the source to use now; a new `key` starts a new run. */
type Source =
  | { key: string; kind: 'none' }
  | { key: string; kind: 'property'; value: unknown }
  | { key: string; kind: 'inline'; text: string }
  | { key: string; kind: 'url'; href?: string; error?: LoadError };

export class DataController implements ReactiveController {
  status: DataStatus = 'initial';
  /** The validated data while `complete`. */
  value?: BudgetDisclosure;
  /** The failure while `error`; `message` is what the widget shows. */
  error?: LoadError;
  message = '';
  /** Where the shown data (or failure) came from. */
  source?: DataSource;

  private request?: AbortController;
  /** The key of the arguments the current state is for. */
  private key?: string;
  /** Incremented by every run; late answers of an older one are ignored. */
  private run = 0;
  private dataVersion = 0;
  /** The arguments may have changed without a property saying so (an inline script, reload()). */
  private stale = true;
  private focusRetry = false;
  private observer?: MutationObserver;
  /** The promise `complete` hands out, and how to settle it; `settle` is unset once it is settled. */
  private done!: Promise<boolean>;
  private settle?: (ok: boolean) => void;

  /**
   * @param host the element; its `data`, inline script and `src` are the arguments.
   * @param locale the language failures are worded in (the host's, resolved when the failure is).
   */
  constructor(
    private readonly host: DataHost,
    private readonly locale: () => Locale,
  ) {
    host.addController(this);
    this.renew();
  }

  /**
   * Resolves once the state of the current source is rendered and its event fired: true when data
   * is shown, false when a failure is. Never rejects. A change of source before then extends the
   * wait to the new source's state, as @lit/task's `taskComplete` does.
   */
  get complete(): Promise<boolean> {
    // A change made just before (src set, reload()) is picked up by the pending update: wait for
    // it, so the promise is the one of the new source, not the settled one of the old.
    return this.host.isUpdatePending ? this.host.updateComplete.then(() => this.done) : this.done;
  }

  hostConnected(): void {
    // An inline script may be parsed after the host is upgraded, or put in later by a CMS or a
    // framework. The host's words follow its lang, so the same observer re-renders on that too.
    this.observer = new MutationObserver((records) => {
      if (this.args().key !== this.key) this.changed();
      else if (records.some((r) => r.type === 'attributes')) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
    if (this.host.hasUpdated && this.key === undefined) this.changed();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    // A removed host gives up its request (the shared request ends when nobody else waits) and
    // loads again if it is put back.
    if (this.request) {
      this.cancel();
      this.key = undefined;
    }
  }

  hostUpdated(): void {
    if (this.focusRetry && this.status !== 'pending') {
      this.focusRetry = false;
      // After a retry that failed again, focus goes back to the (new) retry button.
      if (this.status === 'error') this.host.renderRoot.querySelector<HTMLElement>('.retry')?.focus();
    }
  }

  /** Loads again from the source; a URL is fetched again, bypassing the page's shared cache. */
  reload(focusRetry = false): void {
    const source = this.args();
    if (source.kind === 'url' && source.href) forgetDisclosure(source.href);
    this.focusRetry = focusRetry;
    this.changed();
  }

  /**
   * Called by the host's willUpdate with whether `data` / `src` changed: starts a run when the
   * arguments did. Not on every update: the key of inline JSON is its whole text.
   */
  sync(dataChanged: boolean, srcChanged: boolean): void {
    if (dataChanged) this.dataVersion++;
    if (!this.stale && !dataChanged && !srcChanged) return;
    this.stale = false;
    const next = this.args();
    if (next.key === this.key) return;
    this.key = next.key;
    this.cancel();
    const run = this.run;
    if (next.kind === 'none') {
      this.status = 'initial';
      this.value = this.error = undefined;
      // No src, src="" or only spaces: said at the first update, when a framework has set what it
      // sets before connecting the element (a source set later starts a new run, which clears the
      // message and drops the event if it is not out yet). While the page is still being parsed,
      // an inline <script> child may yet come: the question waits for the end of parsing.
      if (document.readyState != 'loading') return this.fail(run, new LoadError('url'), '');
      addEventListener('DOMContentLoaded', () => run === this.run && this.reload());
      return;
    }
    if (next.kind === 'url' && !next.href) return this.fail(run, next.error, this.host.src ?? '');
    const source: DataSource = next.kind === 'url' ? next.href! : next.kind;
    // Only a fetch can be aborted; the property and inline JSON are checked in this update
    // (a failing one words its problems after loading the describer, keeping what is shown until then).
    const request = next.kind === 'url' ? (this.request = new AbortController()) : undefined;
    let data: BudgetDisclosure | Promise<BudgetDisclosure>;
    try {
      data = this.task(next, request?.signal);
    } catch (e) {
      return this.fail(run, e, source);
    }
    if (!(data instanceof Promise)) return this.succeed(run, data, source);
    if (request) {
      this.status = 'pending';
      this.value = undefined;
    }
    data.then(
      // Fetched: shown from a task of its own. The task the answer arrived in has parsed and checked
      // the file (a long one for a big file); every widget sharing it would otherwise render in it too.
      (d) => (request ? nextTask() : Promise.resolve()).then(() => this.succeed(run, d, source)),
      (e: unknown) => this.fail(run, e, source),
    );
  }

  /**
   * An exception of the kit's own code while the data is shown (a model, a template, an API
   * missing in an old browser) becomes the error state; anything else is rethrown.
   */
  crashed(e: unknown): void {
    if (this.status !== 'complete') throw e;
    this.fail(this.run, e, this.source!);
  }

  /** The task: valid data now when no network is needed, else a promise; every failure thrown or rejected. */
  private task(source: Source, signal?: AbortSignal): BudgetDisclosure | Promise<BudgetDisclosure> {
    if (source.kind === 'property') return checkDisclosure(source.value);
    if (source.kind === 'inline') return readDisclosure(source.text);
    const href = (source as { href: string }).href;
    const timeout = this.host.timeout;
    return peekDisclosure(href) ?? loadDisclosure(href, { signal, timeout: Number.isFinite(timeout) ? timeout : DEFAULT_TIMEOUT });
  }

  /** The arguments: the source to use now, by precedence. */
  private args(): Source {
    const host = this.host;
    if (host.data != null) return { key: `property#${this.dataVersion}`, kind: 'property', value: host.data };
    for (const child of Array.from(host.children)) {
      if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') {
        const text = child.textContent ?? '';
        return { key: `inline\n${text}`, kind: 'inline', text };
      }
    }
    const src = host.src?.trim();
    if (!src) return { key: 'none', kind: 'none' };
    try {
      const href = absoluteUrl(src);
      return { key: `url\n${href}`, kind: 'url', href };
    } catch (e) {
      return { key: `url\n${src}`, kind: 'url', error: e as LoadError };
    }
  }

  /** The arguments may have changed: the host's next update syncs. */
  private changed(): void {
    this.key = undefined;
    this.stale = true;
    this.host.requestUpdate();
  }

  /** Aborts the current request and makes any late answer to it stale. */
  private cancel(): void {
    this.run++;
    this.request?.abort();
    this.request = undefined;
    // A new state is on its way: waiters that were told about the last one wait for it.
    if (!this.settle) this.renew();
  }

  private renew(): void {
    this.done = new Promise((resolve) => (this.settle = resolve));
  }

  private succeed(run: number, data: BudgetDisclosure, source: DataSource): void {
    if (run !== this.run) return;
    this.request = undefined;
    this.source = source;
    this.value = data;
    this.error = undefined;
    this.message = '';
    this.status = 'complete';
    void this.announce(run, true, () => new BudgetLoadEvent({ data, source }));
  }

  private fail(run: number, e: unknown, source: DataSource): void {
    if (run !== this.run || isAbort(e)) return;
    this.request = undefined;
    // Anything else was thrown by the kit's own code (a TypeError of an API the browser lacks, a defect).
    const failure = e instanceof LoadError ? e : kitFailure(e, source);
    const locale = this.locale();
    // A rarer failure is worded by a module loaded on demand: it is shown once that is here.
    if (!describeFailure(failure, source, locale).summary) return void loadFailureWords().then(() => this.fail(run, failure, source));
    // The raw error (and every schema problem) is for the console; people see plain words. The
    // problems are written out one "path: message" a line: an array of objects reads as
    // "[object Array]" wherever the console is turned into text (test runners, log collectors).
    // A generated file can hold thousands: the first 20 are logged, the event carries them all.
    const all = failure.problems ?? [];
    const problems = all.slice(0, 20).map((p) => `\n  ${p.path}: ${p.message.en}`).join('') + (all.length > 20 ? `\n  … ${all.length - 20} more (all in the budget-error event's detail.problems)` : '');
    console.error(`[budget-widgets] <${this.host.localName}> could not use its data:${problems}`, failure, ...(failure.cause === undefined ? [] : [failure.cause]));
    if (this.status === 'complete' && !this.settle) this.renew();
    this.source = source;
    this.value = undefined;
    this.error = failure;
    this.message = failureText(describeFailure(failure, source, locale), locale);
    this.status = 'error';
    const detail = {
      kind: failure.kind,
      message: this.message,
      ...(failure.url !== undefined ? { url: failure.url } : {}),
      ...(failure.status !== undefined ? { status: failure.status } : {}),
      ...(failure.problems ? { problems: failure.problems } : {}),
    };
    void this.announce(run, false, () => new BudgetErrorEvent(detail));
  }

  /** Once the state is rendered, unless a newer run began meanwhile: fires its event, then settles `complete`. */
  private async announce(run: number, ok: boolean, make: () => Event): Promise<void> {
    this.host.requestUpdate();
    // Until no update is pending: the one showing the data may bring another (its 决算 words, a view
    // loaded on demand; BudgetElement.updated). Bounded, in case a host keeps requesting.
    for (let i = 0; i < 5 && !(await this.host.updateComplete); i++);
    if (run !== this.run) return;
    this.host.dispatchEvent(make());
    this.settle?.(ok);
    this.settle = undefined;
  }
}
