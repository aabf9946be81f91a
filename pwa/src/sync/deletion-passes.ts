import type { DeletionReconciler } from './reconcile-deletions';

/** Runs a task in the inbox's queue, after what is already queued. */
type Enqueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Whole passes of the deletion check over the store, a window per turn in the inbox's queue, so a
 * text reported live meanwhile waits for one window, never for the whole store. A page makes one
 * when it starts (deletions made while no page followed the store). After an `inbox-changed` it
 * makes one at an idle pace (a window every `idleStepMs`): the event's own window covers only part
 * of the store, and a person who deletes a text on the phone should see it go from the computer
 * soon, not after another hundred texts. Events during such a pass ask for one more after it, as
 * the running pass may already be past a row they deleted.
 */
export class DeletionPasses {
  private idle: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly deletions: DeletionReconciler,
    private readonly enqueue: Enqueue,
    private readonly idleStepMs: number,
  ) {}

  /** Every row id compared once, from wherever the window stands, as fast as the queue goes. */
  whole(): Promise<void> {
    return this.pass(0);
  }

  /** After an `inbox-changed`: a whole pass at the idle pace, or one more after the running one. */
  afterChange(): void {
    if (this.idleStepMs <= 0) return;
    if (this.idle) {
      this.again = true;
      return;
    }
    this.idle = this.pass(this.idleStepMs)
      .catch((error: unknown) => console.warn('PeerText inbox: deletion pass', error))
      .finally(() => {
        this.idle = undefined;
        if (this.again) {
          this.again = false;
          this.afterChange();
        }
      });
  }

  private async pass(pauseMs: number): Promise<void> {
    const start = this.deletions.cursor;
    let passedTop = false;
    for (;;) {
      const step = await this.enqueue(() => this.deletions.step());
      // Done once the pass has gone round to where it started. Other steps (an event's window,
      // another pass) move the same cursor between these; a second wrap ends the pass all the same.
      if (step.wrapped) {
        if (passedTop || start === 0) return;
        passedTop = true;
      } else if (passedTop && step.to >= start) return;
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
