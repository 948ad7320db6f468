import { BridgeBuildingRecorded, PostEndMeasurementExpired, PostEndMeasurementRecorded } from './events';
import { JourneyState } from './state';
import { closeTasks, ofKinds } from './tasks';

export type AfterCareEvent = BridgeBuildingRecorded | PostEndMeasurementRecorded | PostEndMeasurementExpired;

/** After the course: whether the child moved on to organised leisure, and the measurement six months later. */
export function evolveAfterCare(state: JourneyState, event: AfterCareEvent): JourneyState {
  const at = event.at;
  switch (event.type) {
    case 'BridgeBuildingRecorded':
      return {
        ...state,
        bridgeBuilding: {
          movedOnToOrganisedLeisure: event.movedOnToOrganisedLeisure,
          ...(event.activity === undefined ? {} : { activity: event.activity }),
          recordedAt: at,
        },
        tasks: closeTasks(state.tasks, ofKinds(['bridge_building']), at, 'fulfilled'),
      };
    case 'PostEndMeasurementRecorded':
      return {
        ...state,
        postEndMeasurement: state.postEndMeasurement && {
          ...state.postEndMeasurement,
          status: event.measurement ? 'recorded' : 'declined',
          ...(event.measurement ? { measurement: event.measurement } : {}),
          settledAt: at,
        },
        tasks: closeTasks(state.tasks, ofKinds(['post_end_measurement']), at, 'fulfilled'),
      };
    case 'PostEndMeasurementExpired':
      return {
        ...state,
        postEndMeasurement: state.postEndMeasurement && { ...state.postEndMeasurement, status: 'expired', settledAt: at },
        tasks: closeTasks(state.tasks, ofKinds(['post_end_measurement']), at, 'no_longer_needed'),
      };
  }
}
