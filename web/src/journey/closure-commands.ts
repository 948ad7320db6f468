import type { JourneyCommandType } from '../domain';

/** The coordinator takes these in the guided closure section, not in the general list of actions. */
export const CLOSURE_COMMANDS: readonly JourneyCommandType[] = ['RequestClosure', 'OfferRematch', 'AcceptRematch', 'DeclineRematch', 'RecordGoodbye'];
