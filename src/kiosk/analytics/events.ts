// Local, privacy-first analytics, part 1: turns the kiosk machine's snapshots into a few small
// events (a visit began or ended, a chapter was started, finished or left, the language changed,
// …). Nothing about the visitor is kept beyond these. Pure logic: no DOM and no storage; the
// events go to a callback, and src/kiosk/analytics/store.ts keeps them.
import type { Actor, SnapshotFrom } from 'xstate';
import type { KioskMachine } from '../../machine/kioskMachine.ts';
import { currentChapter } from '../../machine/selectors.ts';
import type { KioskMode } from '../../machine/types.ts';

/** Why a visit ended: the idle warning ran out, the visitor or docent left, or anything else. */
export type EndReason = 'idle' | 'exit' | 'recover';

/** What happened, without the time. */
export type AnalyticsEventBody =
  | { type: 'session.start'; mode: KioskMode; lang: string }
  | { type: 'session.end'; reason: EndReason; seconds: number }
  | { type: 'chapter.start'; chapter: string; lang: string }
  | { type: 'chapter.complete'; chapter: string }
  | { type: 'chapter.abandon'; chapter: string; at: number }
  | { type: 'language'; lang: string }
  | { type: 'idle.warning' }
  | { type: 'idle.reset' }
  | { type: 'mode'; mode: KioskMode }
  /** Opening hours: the kiosk closed (dark or its card), or woke again. */
  | { type: 'closed' }
  | { type: 'opened' }
  | { type: 'error'; message: string };

/** Which kiosk, build and content an event happened on (kiosk.json's id; src/kiosk/version.ts). */
export interface EventStamp {
  kiosk?: string;
  release?: string;
  content?: string;
}

/**
 * One analytics event: `t` is when it happened (epoch ms), then `type` and its few fields, and
 * (once the kiosk layer has stamped it) the kiosk, release and content it happened on.
 */
export type AnalyticsEvent = { t: number } & AnalyticsEventBody & EventStamp;

/** The kiosk machine's snapshot, as the recorder reads it. */
export type KioskSnapshot = SnapshotFrom<KioskMachine>;

/** Events that end a visit on purpose: "Exit", "Back" on the advisory, or ending a guided tour. */
const EXITS = new Set(['ui.exit', 'ui.back', 'kiosk.mode']);
const MAX_MESSAGE = 200;

/** A chapter being told in the current visit. */
interface ChapterRun {
  index: number;
  id: string;
  completed: boolean;
}

/**
 * Watches the machine and reports analytics events. Feed it every snapshot with `observe`, or let
 * `watch(actor)` do so, which also passes the event behind each snapshot (more exact end reasons).
 */
export class VisitRecorder {
  private last: KioskSnapshot | undefined;
  private visitStart: number | undefined;
  private chapter: ChapterRun | undefined;
  private errorSinceLast = false;

  constructor(
    private readonly emit: (event: AnalyticsEvent) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /**
   * Follows `actor` from now on, with the event behind each of its snapshots. Call it before
   * `actor.start()` to see the first one. Returns a function that stops watching.
   */
  watch(actor: Actor<KioskMachine>): () => void {
    const subscription = actor.system.inspect((e) => {
      if (e.type === '@xstate.snapshot' && e.actorRef === actor)
        this.observe(e.snapshot as KioskSnapshot, e.event);
    });
    return () => subscription.unsubscribe();
  }

  /**
   * Reads one snapshot. `event` is what led to it, when known; without it a visit that ends is
   * put down to the idle warning if that had run out, to recovery if `error()` was called since
   * the last snapshot, and otherwise to the visitor or docent leaving.
   */
  observe(snapshot: KioskSnapshot, event?: { type: string }): void {
    const before = this.last;
    const ctx = snapshot.context;
    const inVisit = snapshot.matches('visit');
    this.last = snapshot;
    if (before && before.context.mode !== ctx.mode) this.send({ type: 'mode', mode: ctx.mode });
    if (before && snapshot.matches('closed') !== before.matches('closed'))
      this.send({ type: snapshot.matches('closed') ? 'closed' : 'opened' });
    if (inVisit && this.visitStart === undefined) {
      this.visitStart = this.now();
      this.send({ type: 'session.start', mode: ctx.mode, lang: ctx.lang });
    } else if (inVisit && before && before.context.lang !== ctx.lang) {
      this.send({ type: 'language', lang: ctx.lang });
    }
    this.followChapter(snapshot, before);
    const warning = { visit: { idle: 'warning' } } as const;
    if (snapshot.matches(warning) && !before?.matches(warning)) this.send({ type: 'idle.warning' });
    if (!inVisit && this.visitStart !== undefined) {
      const reason = this.endReason(before, event);
      if (reason === 'idle') this.send({ type: 'idle.reset' });
      const seconds = Math.round((this.now() - this.visitStart) / 1000);
      this.send({ type: 'session.end', reason, seconds });
      this.visitStart = undefined;
    }
    this.errorSinceLast = false;
  }

  /** Reports an error seen by the kiosk (only its first 200 characters are kept). */
  error(message: string): void {
    this.errorSinceLast = true;
    this.send({ type: 'error', message: String(message).slice(0, MAX_MESSAGE) });
  }

  private followChapter(snapshot: KioskSnapshot, before: KioskSnapshot | undefined): void {
    const ctx = snapshot.context;
    const inChapter = snapshot.matches({ visit: { flow: 'chapter' } });
    const run = this.chapter;
    if (run && (!inChapter || run.index !== ctx.chapterIndex)) {
      if (!run.completed) {
        const at = Math.round((before?.context.position ?? 0) * 10) / 10;
        this.send({ type: 'chapter.abandon', chapter: run.id, at });
      }
      this.chapter = undefined;
    }
    if (inChapter && !this.chapter) {
      const id = currentChapter(ctx)?.id ?? String(ctx.chapterIndex);
      this.chapter = { index: ctx.chapterIndex, id, completed: false };
      this.send({ type: 'chapter.start', chapter: id, lang: ctx.lang });
    }
    if (this.chapter && !this.chapter.completed) {
      if (snapshot.matches({ visit: { flow: { chapter: 'ended' } } })) {
        this.chapter.completed = true;
        this.send({ type: 'chapter.complete', chapter: this.chapter.id });
      }
    }
  }

  private endReason(before: KioskSnapshot | undefined, event?: { type: string }): EndReason {
    if (event) {
      if (event.type === 'idle.expired') return 'idle';
      return EXITS.has(event.type) ? 'exit' : 'recover';
    }
    // The countdown reports its last second as `idle.expired`, so it leaves from 1 s left.
    if (before?.matches({ visit: { idle: 'warning' } }) && before.context.warningRemaining <= 1)
      return 'idle';
    return this.errorSinceLast ? 'recover' : 'exit';
  }

  private send(body: AnalyticsEventBody): void {
    this.emit({ t: this.now(), ...body });
  }
}
