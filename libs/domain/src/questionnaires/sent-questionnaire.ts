import { Actor } from '../shared/actor';
import { Instant } from '../shared/time';
import { ScheduledQuestionnaire } from './questionnaire-schedule';

export type QuestionnaireStatus = 'open' | 'answered' | 'expired';

export interface QuestionnaireAnswer {
  /** One whole number per question, on that question's scale. */
  answers: Record<string, number>;
  answeredAt: Instant;
  answeredBy: Actor;
  /** Given on paper or by phone and typed in by the coordinator. */
  onPaper: boolean;
}

/** A questionnaire the journey has sent, with the version of the questions it was sent with. */
export interface SentQuestionnaire extends ScheduledQuestionnaire {
  version: number;
  sentAt: Instant;
  expiresAt: Instant;
  status: QuestionnaireStatus;
  answer: QuestionnaireAnswer | null;
}
