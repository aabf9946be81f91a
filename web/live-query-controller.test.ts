import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LiveQueryController } from './live-query-controller';

class TestDb extends Dexie {
  rows!: Table<{ id: number; group: string }, number>;
  constructor() {
    super('live-query-controller-test');
    this.version(1).stores({ rows: 'id, group' });
  }
}
const db = new TestDb();
afterAll(() => db.delete());

/** Stands in for a Lit element: the test calls the lifecycle hooks Lit would. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: vi.fn(),
    updateComplete: Promise.resolve(true),
  };
  return { host, controllers };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LiveQueryController', () => {
  it('runs its query again when a dependency changes, and only then', async () => {
    await db.rows.bulkPut([
      { id: 1, group: 'a' },
      { id: 2, group: 'b' },
      { id: 3, group: 'b' },
    ]);
    let group = 'a';
    let runs = 0;
    const { host, controllers } = fakeHost();
    const rows = new LiveQueryController(
      host,
      () => {
        runs += 1;
        return db.rows.where('group').equals(group).primaryKeys();
      },
      () => [group],
    );
    expect(controllers).toEqual([rows]);
    rows.hostConnected();
    await vi.waitFor(() => expect(rows.value).toEqual([1]));
    expect(host.requestUpdate).toHaveBeenCalled();
    const before = runs;
    rows.hostUpdate();
    await pause(20);
    expect(runs).toBe(before);

    group = 'b';
    rows.hostUpdate();
    await vi.waitFor(() => expect(rows.value).toEqual([2, 3]));
    // Still live, for the new group only.
    await db.rows.put({ id: 4, group: 'b' });
    await vi.waitFor(() => expect(rows.value).toEqual([2, 3, 4]));

    rows.hostDisconnected();
    const stopped = runs;
    group = 'a';
    rows.hostUpdate();
    await db.rows.put({ id: 5, group: 'a' });
    await pause(20);
    expect([runs, rows.value]).toEqual([stopped, [2, 3, 4]]);
    // Connected again: the query runs with what the dependencies are now.
    rows.hostConnected();
    await vi.waitFor(() => expect(rows.value).toEqual([1, 5]));
    rows.hostDisconnected();
  });

  it('without dependencies, runs its query once per connection', async () => {
    let runs = 0;
    const { host } = fakeHost();
    const count = new LiveQueryController(host, () => {
      runs += 1;
      return db.rows.count();
    });
    count.hostConnected();
    await vi.waitFor(() => expect(count.value).toBeGreaterThan(0));
    count.hostUpdate();
    await pause(20);
    expect(runs).toBe(1);
    count.hostDisconnected();
  });
});
