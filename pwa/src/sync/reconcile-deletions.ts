import type { PhoneDb } from '../db/phone-db';
import type { InboxSource } from './inbox-source';
import { recordDeletions } from './message-log';

/** How much of the store one step compares: ids listed per bridge call, and the widest id range
 * (at least `ids`, so a step moves at least `ids` ids on). */
export interface ReconcileWindow {
  ids: number;
  span: number;
}

/** 500 ids: one small bridge call; 2,000 ids wide at most, so a sparse range costs few key reads. */
export const DEFAULT_WINDOW: ReconcileWindow = { ids: 500, span: 2_000 };

/** One step's range of row ids, (from, to], and whether it reached the high-water mark. */
export interface ReconcileStep {
  from: number;
  to: number;
  wrapped: boolean;
}

/**
 * Finds rows deleted from the phone's SMS store a window at a time, so a step costs the same with
 * 500 texts stored or 50,000: it lists the store's ids in (cursor, to], and of the ids in that range
 * the store no longer lists, looks up only those this page holds, as `inbox:<row>` or as a link.
 *
 * Nothing is missed forever: the cursor only moves forward, by at least `ids` row ids per step (a
 * page of `ids` distinct ids after the cursor ends at least that far on) unless it reaches the
 * high-water mark, where it starts again from 0. So every row id up to the mark is compared once in
 * every ceil(mark / ids) steps: 100 steps with 50,000 rows. Rows past the mark are not deletions to
 * look for: `readNewRows` has not read them yet. Steps come from each `inbox-changed` and from the
 * whole passes of deletion-passes.ts: one when a page starts, which covers what was deleted while no
 * page followed the store (so the cursor can live in memory), and one at an idle pace after each
 * change, so a deletion does not wait for the hundred events a window per event would take.
 */
export class DeletionReconciler {
  /** Every id at or below it has been compared in this pass. */
  cursor = 0;

  constructor(
    private readonly db: PhoneDb,
    private readonly source: InboxSource,
    private readonly window: ReconcileWindow = DEFAULT_WINDOW,
  ) {}

  async step(): Promise<ReconcileStep> {
    const state = await this.db.inboxImport.get('inbox-import');
    // Until the first import is done there is nothing settled to compare against.
    const top = state?.done ? state.afterId : 0;
    const from = this.cursor < top ? this.cursor : 0;
    if (top === 0) return this.moveTo(0, 0, true);
    const page = await this.source.sendMessage('listInboxIds', { afterId: from, limit: this.window.ids });
    // A page that is not the last yet lists nothing would make every id after it look deleted.
    if (!page.done && (page.ids.length === 0 || page.nextAfterId <= from))
      throw new Error('listInboxIds: an empty page that is not the last');
    // The page lists every id in (from, nextAfterId], or every id after `from` when it is the last.
    const to = Math.min(page.done ? top : page.nextAfterId, from + this.window.span, top);
    const present = new Set(page.ids.filter((id) => id <= to));
    const missing: number[] = [];
    for (let id = from + 1; id <= to; id++) if (!present.has(id)) missing.push(id);
    const gone = await this.heldHere(from, to, missing, present);
    if (gone.length > 0) await recordDeletions(this.db, gone);
    return this.moveTo(from, to, to >= top);
  }

  /** This page's texts for the rows in (from, to] that the store no longer lists. */
  private async heldHere(
    from: number,
    to: number,
    missing: readonly number[],
    present: ReadonlySet<number>,
  ): Promise<string[]> {
    const own =
      missing.length === 0 ? [] : await this.db.messages.bulkGet(missing.map((id) => `inbox:${id}`));
    const links = await this.db.storeLinks.where('rowId').between(from, to, false, true).toArray();
    return [
      ...own.flatMap((m) => (m ? [m.id] : [])),
      ...links.filter((l) => !present.has(l.rowId)).map((l) => l.messageId),
    ];
  }

  private moveTo(from: number, to: number, wrapped: boolean): ReconcileStep {
    this.cursor = wrapped ? 0 : to;
    return { from, to, wrapped };
  }
}
