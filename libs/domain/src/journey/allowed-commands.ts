import { Role } from '../shared/actor';
import { COMMAND_RULES, COMMAND_TYPES } from './command-rules';
import { JourneyCommand } from './commands';
import { precondition } from './preconditions';
import { JourneyState } from './state';

/**
 * The actions the journey allows now (stage and state), optionally only those open to one role.
 * decide can still refuse one for its content (e.g. an invalid measurement) or the clock (a review too early).
 */
export function allowedCommands(state: JourneyState, role?: Role): JourneyCommand['type'][] {
  return COMMAND_TYPES.filter(
    (type) =>
      COMMAND_RULES[type].stages.includes(state.stage) &&
      (role === undefined || COMMAND_RULES[type].roles.includes(role)) &&
      precondition(state, type) === null,
  );
}
