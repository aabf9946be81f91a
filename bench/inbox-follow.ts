/**
 * Following the phone's SMS store: what one `inbox-changed` costs the phone page with 50,000 texts
 * stored. The new way (InboxSync.follow: the rows past the high-water mark, then one window of ids
 * checked for deletions) beside the old one (the same new-row read, then every id in the store listed
 * and every `inbox:` key read), measured in the same run on the same store, their events interleaved
 * so a busy machine weighs on both alike. Two kinds of event: a text written to the store (in or
 * out; the page stores it, the same work both ways), and a change with nothing new to read (a text
 * marked read or deleted in another app): the cost of finding out what changed, alone.
 * Wall time and this process's CPU time: on a shared machine the CPU time is the steadier figure.
 * Node only: fake-indexeddb for the page's IndexedDB and the fake inbox for the bridge, no browser
 * and no phone, so the figures compare the two ways; they are not a phone's.
 * Run: npm run bench:inbox (ROWS, EVENTS, OLD_EVENTS override the sizes)
 */

import 'fake-indexeddb/auto';
import { normalizeAddress } from '@core/address/normalize-address';
import { PhoneDb } from '../pwa/src/db/phone-db';
import { FakeInbox, history, type Row } from '../pwa/src/sync/fake-inbox';
import { InboxSync } from '../pwa/src/sync/inbox-sync';
import { readNewRows } from '../pwa/src/sync/read-new-rows';
import { seedImported } from '../pwa/src/sync/seed-imported';
import { assertSamples, iterations, smoke } from './bench-mode';
import { findDeletionsByFullScan } from './inbox-full-scan';
import { percentile } from './stats';

const ROWS = iterations('ROWS', 50_000, 2_000);
const EVENTS = iterations('EVENTS', 200, 5);
const OLD_EVENTS = iterations('OLD_EVENTS', 20, 3);
/** Rounds before measuring (the JIT, fake-indexeddb's first transactions), not counted. */
const WARM_UP = smoke ? 1 : 5;

let next = ROWS;
/** A minute apart, as a lively conversation: the page matches each new row against the live texts
 * and sends within minutes of it, so texts packed closer would measure that matching instead. */
function newText(): Row {
  next++;
  const box = next % 2 === 0 ? 'inbox' : 'sent';
  return {
    id: next,
    box,
    address: '07911 123456',
    body: `Text ${next}`,
    date: 1e10 + next * 60_000,
    read: false,
  };
}
function address(raw: string): string {
  const normalized = normalizeAddress(raw, 'GB');
  return normalized.ok ? normalized.address : raw;
}

/** Wall and CPU milliseconds, and store queries, per handled event of one kind. */
class Samples {
  wall: number[] = [];
  cpu: number[] = [];
  queries = 0;
  constructor(readonly name: string) {}
  async time(source: FakeInbox, handle: () => Promise<void>, counted: boolean): Promise<void> {
    const [queries, cpu, wall] = [source.queries, process.cpuUsage(), performance.now()];
    await handle();
    if (!counted) return;
    this.wall.push(performance.now() - wall);
    const used = process.cpuUsage(cpu);
    this.cpu.push((used.user + used.system) / 1000);
    this.queries += source.queries - queries;
  }
  line(): string {
    const f = (n: number) => n.toFixed(2).padStart(8);
    const [wall, cpu] = [percentile(this.wall, 50), percentile(this.cpu, 50)];
    const perEvent = (this.queries / this.wall.length).toFixed(1);
    return `${this.name.padEnd(34)} n=${String(this.wall.length).padStart(4)}  wall p50 ${f(wall)} p99 ${f(percentile(this.wall, 99))} ms  cpu p50 ${f(cpu)} ms  queries/event ${perEvent}`;
  }
}

const db = new PhoneDb('bench-inbox-follow');
const source = new FakeInbox(history(ROWS), db);
source.silent = true;
let start = performance.now();
await seedImported(db, history(ROWS));
console.log(`${ROWS} texts stored in ${(performance.now() - start).toFixed(0)} ms (in bulk, not measured)`);

const sync = new InboxSync(db, source, 'GB');
start = performance.now();
await sync.catchUp();
console.log(
  `page start, every id compared a window at a time: ${(performance.now() - start).toFixed(0)} ms, once`,
);

const follow = () => sync.follow();
const fullScan = async () => {
  await readNewRows(db, source, address);
  await findDeletionsByFullScan(db, source);
};
const runs = {
  newText: new Samples('new, a text written'),
  newQuiet: new Samples('new, nothing new to read'),
  oldText: new Samples('old, a text written'),
  oldQuiet: new Samples('old, nothing new to read'),
};
for (let round = 0; round < WARM_UP + EVENTS; round++) {
  const counted = round >= WARM_UP;
  source.write(newText());
  await runs.newText.time(source, follow, counted);
  await runs.newQuiet.time(source, follow, counted);
  if (round >= WARM_UP + OLD_EVENTS) continue;
  source.write(newText());
  await runs.oldText.time(source, fullScan, counted);
  await runs.oldQuiet.time(source, fullScan, counted);
}
for (const [name, run] of Object.entries(runs)) {
  assertSamples(name, run.wall, name.startsWith('new') ? EVENTS : OLD_EVENTS);
  assertSamples(name, run.cpu, name.startsWith('new') ? EVENTS : OLD_EVENTS);
}
if ((await db.messages.count()) !== next) throw new Error('a text written to the store was not stored');

console.log(`${ROWS} rows in the store and in this page's, cost per inbox-changed:`);
for (const run of Object.values(runs)) console.log(run.line());
const ratio = (old: Samples, now: Samples, of: 'wall' | 'cpu') =>
  (percentile(old[of], 50) / percentile(now[of], 50)).toFixed(1);
console.log(
  `ratio old / new (p50): a text written ${ratio(runs.oldText, runs.newText, 'wall')} wall, ${ratio(runs.oldText, runs.newText, 'cpu')} cpu; nothing new ${ratio(runs.oldQuiet, runs.newQuiet, 'wall')} wall, ${ratio(runs.oldQuiet, runs.newQuiet, 'cpu')} cpu`,
);
if (!smoke) {
  const met = (run: Samples) => (percentile(run.cpu, 50) <= 5 ? 'met' : 'NOT met');
  console.log(
    `goal ≤ 5 ms per inbox-changed (cpu p50): a text written ${met(runs.newText)}, nothing new ${met(runs.newQuiet)}`,
  );
}
