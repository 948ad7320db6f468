import { ChildCertificateRecorded, FamilyApplied, FamilyApproved, HomeVisitRecorded, TrainingCompleted } from './family-events';
import { adultsWithoutCertificate } from './family-queries';
import { FamilyState } from './family-state';

export type RecruitmentEvent = FamilyApplied | HomeVisitRecorded | ChildCertificateRecorded | TrainingCompleted | FamilyApproved;

/** Recruitment, step by step: the application, the home visit, the certificates, training and approval. */
export function evolveRecruitment(state: FamilyState, event: RecruitmentEvent): FamilyState {
  switch (event.type) {
    case 'FamilyApplied':
      return { ...state, stage: 'applied', contact: event.contact, appliedAt: event.at };
    case 'HomeVisitRecorded':
      return { ...state, stage: 'home_visit_held', household: event.household, homeVisitHeldAt: event.at };
    case 'ChildCertificateRecorded':
      return withCertificatesStage({
        ...state,
        certificates: { ...state.certificates, [event.adultId]: { issuedOn: event.issuedOn, recordedAt: event.at } },
      });
    case 'TrainingCompleted':
      return { ...state, stage: 'training_completed', trainingCompletedAt: event.at };
    case 'FamilyApproved':
      return { ...state, stage: 'approved', approvedAt: event.at, waitingPeriodStart: event.at };
  }
}

/** The certificates step is done once every adult in the household has a certificate. */
function withCertificatesStage(state: FamilyState): FamilyState {
  const complete = state.stage === 'home_visit_held' && adultsWithoutCertificate(state).length === 0;
  return complete ? { ...state, stage: 'certificates_recorded' } : state;
}
