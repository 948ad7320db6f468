export * from './answer-scales';
export * from './questionnaire-kinds';
export * from './questionnaire-definitions';
export * from './questionnaire-policy';
export * from './questionnaire-schedule';
export * from './sent-questionnaire';
export * from './answer-refusal';
export * from './survey-criteria';
