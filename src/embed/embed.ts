/**
 * The iframe page (`dist/embed.html?widget=project-table&src=data.json&lang=en`), for CMSs that strip
 * scripts from articles. It builds one element from the query string, refuses data from other origins
 * unless the site lists them in <meta name="budget-allowed-origins"> (also after a redirect), and posts its height to the
 * parent page so a few-line host snippet can size the iframe (see README: embedding).
 */
import { restrictOrigins } from '../index.js';
import { embedRequest, HEIGHT_MESSAGE } from './embed-request.js';

const root = document.getElementById('root')!;
const allowed = (document.querySelector<HTMLMetaElement>('meta[name="budget-allowed-origins"]')?.content ?? '')
  .split(/\s+/)
  .filter(Boolean);

// The address is checked here before an element is made; the data layer checks where the answer
// really came from, so a same-origin address that redirects to another origin is refused too.
restrictOrigins((origin) => origin === location.origin || allowed.includes(origin));
// Any fault while building the widget still ends in a message, never a blank page.
let request: ReturnType<typeof embedRequest>;
try {
  request = embedRequest(new URL(location.href), location.origin, allowed);
} catch {
  request = { error: '无法读取本页地址中的参数。' };
}
if ('error' in request) {
  const p = document.createElement('p');
  p.className = 'embed-error';
  p.setAttribute('role', 'alert');
  p.textContent = request.error;
  root.append(p);
} else {
  if (request.lang) document.documentElement.lang = request.lang;
  for (const { widget, attributes } of [request, ...(request.linked ? [request.linked] : [])]) {
    const el = document.createElement(widget);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    root.append(el);
  }
}

// Report the content height whenever it changes; the id lets one host page size several iframes.
// The height of the root box, not scrollHeight: scrollHeight is never less than the iframe's own
// height, so an iframe that starts taller than its content (the builder's snippet says height="600")
// could never shrink; and it is rounded down, which cut off a fraction of a pixel.
const frameId = new URL(location.href).searchParams.get('frame') ?? '';
const contentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
const post = () => parent.postMessage({ type: HEIGHT_MESSAGE, frame: frameId, height: contentHeight() }, '*');
new ResizeObserver(post).observe(document.documentElement);
post();
