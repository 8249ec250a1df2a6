/**
 * A tiny element builder. Text always goes in as text nodes (never innerHTML), so whatever a user
 * typed shows as typed: a goal named <img src=x onerror=alert(1)> is just those characters.
 */
export type Child = Node | string | null | undefined | false | '';

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | boolean | undefined>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children)
    if (child !== null && child !== undefined && child !== false)
      parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
}

export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Replaces an element's content with plain text, or hides it when the text is empty. */
export function setText(element: HTMLElement, text: string): void {
  element.textContent = text;
  element.hidden = text === '';
}
