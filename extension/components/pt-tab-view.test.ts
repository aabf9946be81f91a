// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { allParts, maybePart, mount, part, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../lib/extension-db';
import './pt-tab-view';
// The view loads the thread's code when first needed; here it is there from the start.
import './pt-thread';

vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage: vi.fn(() => Promise.resolve(true)) } },
}));

const ALICE = '+447911123456';
const BOB = '+447700900123';

const view = () => document.querySelector('pt-tab-view')!;
const inView = <K extends keyof HTMLElementTagNameMap>(tag: K) =>
  view().shadowRoot?.querySelector(tag) ?? undefined;

beforeEach(async () => {
  await Promise.all([db.threads.clear(), db.messages.clear(), db.kv.clear(), db.outbox.clear()]);
  await db.threads.bulkPut([
    { address: ALICE, lastDate: 2_000, lastBody: 'See you at 7', lastDirection: 'in', unread: 0 },
    { address: BOB, lastDate: 1_000, lastBody: 'Thanks!', lastDirection: 'out', unread: 0 },
  ]);
  // Each conversation with its newest text, as sync leaves them: a row with no text is not listed.
  await db.messages.bulkPut([
    { id: 'rx:1', address: ALICE, direction: 'in', body: 'See you at 7', date: 2_000 },
    { id: 'tx:1', address: BOB, direction: 'out', body: 'Thanks!', date: 1_000 },
  ]);
  location.hash = '';
});

afterEach(() => {
  document.body.replaceChildren();
  location.hash = '';
});

describe('pt-tab-view', () => {
  it('lists the conversations beside a compose box, and opens one beside the list', async () => {
    await mount('pt-tab-view');
    await until(() => allParts(inView('pt-conversations')!, 'conversation').length === 2, 'the list');
    expect(inView('pt-compose')).toBeDefined();
    const alice = allParts(inView('pt-conversations')!, 'conversation').find(
      (row) => row.dataset['address'] === ALICE,
    )!;
    alice.click();
    await until(() => inView('pt-thread') !== undefined, 'the thread');
    const thread = inView('pt-thread')!;
    expect(thread.address).toBe(ALICE);
    // The list stays, the compose box gives way: and the address bar names the thread.
    expect(inView('pt-conversations')).toBeDefined();
    expect(inView('pt-compose')).toBeUndefined();
    expect(location.hash).toBe(`#thread=${encodeURIComponent(ALICE)}`);
    await until(() => maybePart(thread, 'thread-message') !== undefined, 'the thread’s texts');
    expect(part(thread, 'thread-message').textContent).toContain('See you at 7');
  });

  it('opens at the thread the address names (a notification’s click), and back leaves it', async () => {
    location.hash = `#thread=${encodeURIComponent(BOB)}`;
    await mount('pt-tab-view');
    await until(() => inView('pt-thread') !== undefined, 'the thread');
    expect(inView('pt-thread')!.address).toBe(BOB);
    await inView('pt-thread')!.updateComplete;
    part(inView('pt-thread')!, 'thread-back').click();
    await until(() => inView('pt-compose') !== undefined, 'the compose box');
    expect(inView('pt-thread')).toBeUndefined();
  });
});
