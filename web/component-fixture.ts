import type { LitElement } from 'lit';

/**
 * Test-only helpers for the extension's and the phone's Lit component tests (run under happy-dom, with
 * fake-indexeddb as their databases): put an element on the page, find its parts, wait for what it shows.
 */

export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const element = Object.assign(document.createElement(tag), props);
  document.body.append(element);
  await (element as unknown as LitElement).updateComplete;
  return element;
}

/** The element's part with that data-testid, in its shadow root; throws when there is none. */
export function part<T extends Element = HTMLElement>(host: Element, testId: string): T {
  const found = host.shadowRoot?.querySelector<T>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`no ${testId} in ${host.localName}`);
  return found;
}

/** The element's part with that data-testid, or undefined. */
export function maybePart<T extends Element = HTMLElement>(host: Element, testId: string): T | undefined {
  return host.shadowRoot?.querySelector<T>(`[data-testid="${testId}"]`) ?? undefined;
}

/**
 * Resolves once `check` holds. Dexie's live queries and Lit's renders each take turns of their own,
 * so a test waits for what the person would see rather than for a count of ticks.
 */
export async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Every part of the element with that data-testid, in its shadow root, in document order. */
export function allParts<T extends Element = HTMLElement>(host: Element, testId: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(`[data-testid="${testId}"]`) ?? [])];
}
