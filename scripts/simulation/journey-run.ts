import { decide, eventsDueByTime, evolve, initialJourneyState, nextWakeUp } from '@venskab/domain/journey';
import type { Instant, JourneyCommand, JourneyEvent, JourneyPolicy, JourneyState } from '@venskab/domain/journey';

/**
 * One journey driven the way its workflow drives it: time brings what falls due at the moment it
 * falls due (the workflow's alarm), and each command is decided by the domain at its own moment.
 * Nothing happens after `end` (the simulated "now"): a journey still running then stays open.
 */
export class JourneyRun {
  state: JourneyState;
  readonly events: JourneyEvent[] = [];
  /** Refused commands (code and command type): a correct simulation has none, the tests say so. */
  readonly refusals: string[] = [];

  constructor(
    journeyId: string,
    policy: JourneyPolicy,
    readonly endMs: number,
  ) {
    this.state = initialJourneyState(journeyId, policy);
  }

  /** Decides the command at `atMs` after letting time pass; false when it lies after the end or was refused. */
  act(atMs: number, command: JourneyCommand): boolean {
    if (atMs > this.endMs) return false;
    const last = this.events[this.events.length - 1];
    if (last && atMs < Date.parse(last.at)) {
      // The workflow's clock never goes back; a script that asks for it is wrong.
      this.refusals.push(`${command.type}: earlier than the journey's last event`);
      return false;
    }
    this.passTime(atMs);
    const decision = decide(this.state, command, iso(atMs));
    if (!decision.accepted) {
      this.refusals.push(`${command.type}: ${decision.refusal.code}`);
      return false;
    }
    this.apply(decision.events);
    return true;
  }

  /** Lets time pass up to the end of the simulation. */
  finish(): void {
    this.passTime(this.endMs);
  }

  /** Fires every timer due by `atMs`, each at its own moment, as the workflow's alarm would. */
  private passTime(atMs: number): void {
    for (;;) {
      const wakeUp = nextWakeUp(this.state);
      if (wakeUp === null || Date.parse(wakeUp) > atMs) return;
      // A moment that passed before the last event (a timer a command just made due) fires now, as the workflow's alarm does.
      const last = this.events[this.events.length - 1];
      const due = eventsDueByTime(this.state, last && Date.parse(last.at) > Date.parse(wakeUp) ? last.at : wakeUp);
      if (due.length === 0) return;
      this.apply(due);
    }
  }

  private apply(events: JourneyEvent[]): void {
    for (const event of events) {
      this.state = evolve(this.state, event);
      this.events.push(event);
    }
  }
}

export const iso = (ms: number): Instant => new Date(ms).toISOString();
