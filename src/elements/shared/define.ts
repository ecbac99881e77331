/**
 * Registers a custom element once. Loading the kit twice (or two versions on one page) must not
 * throw: the first definition wins and later ones are ignored, unlike Lit's @customElement.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
