import { Role } from '../shared';
import { FamilyCommandType } from './family-commands';

const COORDINATOR: Role[] = ['coordinator'];
/** The family can decide for itself about its own availability and leaving. */
const FAMILY_OR_COORDINATOR: Role[] = ['volunteer_family', 'coordinator'];
/** Links to a journey follow the journey's workflow, which acts as the system. */
const JOURNEY_LINK: Role[] = ['coordinator', 'system'];

interface Permission {
  roles: Role[];
  /** The action in words, for the refusal sentence. */
  action: string;
}

/** Who may give each command. Auditors and caseworkers only read a family's history. */
export const PERMISSIONS: Record<FamilyCommandType, Permission> = {
  ApplyAsFamily: { roles: FAMILY_OR_COORDINATOR, action: 'apply as a family' },
  RecordHomeVisit: { roles: COORDINATOR, action: 'record a home visit' },
  RecordChildCertificate: { roles: COORDINATOR, action: 'record a child certificate' },
  CompleteTraining: { roles: COORDINATOR, action: 'record completed training' },
  Approve: { roles: COORDINATOR, action: 'approve a family' },
  ReserveForJourney: { roles: JOURNEY_LINK, action: 'propose a family for a child' },
  ReleaseReservation: { roles: JOURNEY_LINK, action: 'release a proposed match' },
  ConfirmMatch: { roles: JOURNEY_LINK, action: 'confirm a match' },
  EndMatch: { roles: JOURNEY_LINK, action: 'end a match' },
  Pause: { roles: FAMILY_OR_COORDINATOR, action: 'pause a family' },
  Resume: { roles: FAMILY_OR_COORDINATOR, action: 'resume a family' },
  Retire: { roles: FAMILY_OR_COORDINATOR, action: 'retire a family' },
  Withdraw: { roles: FAMILY_OR_COORDINATOR, action: 'withdraw a family' },
  AddCoordinatorNote: { roles: COORDINATOR, action: 'add a coordinator note' },
};
