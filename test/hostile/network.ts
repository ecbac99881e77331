/**
 * A stub for `window.fetch` that behaves like the real one where the hostile-page tests need it:
 * each call is recorded with its AbortSignal, answers come when the test says (deferred), an
 * abort rejects the pending call with an AbortError and errors a body still streaming.
 */

export interface Call {
  url: string;
  signal: AbortSignal | undefined;
  /** Answers the call with a Response (or rejects it with an error). */
  respond(r: Response | Error): void;
}

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

export class FetchStub {
  readonly calls: Call[] = [];
  private real = window.fetch;
  private waiters: (() => void)[] = [];

  /** `answer` may respond at once (return a Response/Error) or leave the call pending (return undefined). */
  constructor(private answer: (url: string, call: Call) => Response | Error | undefined = () => undefined) {
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => this.fetch(input, init)) as typeof fetch;
  }

  restore(): void {
    window.fetch = this.real;
  }

  /** Resolves once `n` calls have been made (no polling: each call wakes the waiters). */
  async called(n: number): Promise<void> {
    while (this.calls.length < n) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((resolve, reject) => {
      const call: Call = {
        url,
        signal: signal ?? undefined,
        respond: (r) => (r instanceof Error ? reject(r) : resolve(r)),
      };
      if (signal?.aborted) return reject(abortError());
      signal?.addEventListener('abort', () => reject(abortError()), { once: true });
      this.calls.push(call);
      for (const w of this.waiters.splice(0)) w();
      const now = this.answer(url, call);
      if (now) call.respond(now);
    });
  }
}

export const json = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * A 200 response whose body sends its first bytes and never ends; aborting `signal` errors it,
 * as a real fetch does.
 */
export function neverEnding(signal: AbortSignal | undefined): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"schemaVersion": 1, "department": {'));
      signal?.addEventListener('abort', () => controller.error(abortError()), { once: true });
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}
