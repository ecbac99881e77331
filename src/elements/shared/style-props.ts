/**
 * `<div ${styleProps({ left: '4px' })}>`: inline style properties set through the CSSOM on
 * every render, the first included. Lit's styleMap writes a `style` attribute on its first
 * render, which a Content-Security-Policy without 'unsafe-inline' in style-src blocks (so the
 * widget silently loses its tooltip position or bar proportions on strict government sites);
 * `element.style.setProperty` is not subject to that rule.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string | number | undefined>>;

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes in element position: <div ${styleProps({...})}>');
  }

  render(_props: Props): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Props]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === '') continue;
      style.setProperty(name, String(value));
      next.add(name);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return nothing;
  }
}

// Typed by hand so the published declarations name lit/directive.js (a path of the `lit` dependency)
// rather than lit-html, which only npm's hoisting would make resolvable for a consumer.
/** Sets CSS properties (kebab-case names, e.g. 'flex-grow') on the element via the CSSOM. */
export const styleProps: (props: Props) => DirectiveResult<typeof StylePropsDirective> =
  directive(StylePropsDirective);
