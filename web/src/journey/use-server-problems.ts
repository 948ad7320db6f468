import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { serverProblemMessage, serverProblemsOf } from './field-problems';

const NONE: ReadonlySet<string> = new Set();

/**
 * The server's field problems from a failed send, in the person's words, each kept under its field
 * only until the person changes that field; a new answer shows all of its own again.
 */
export function useServerProblems(error: unknown): { errorsOf: (name: string) => string[]; fieldChanged: (name: string) => void } {
  const { t } = useTranslation();
  const [changed, setChanged] = useState<{ answer: unknown; fields: ReadonlySet<string> }>({ answer: null, fields: NONE });
  const changedSince = changed.answer === error ? changed.fields : NONE;
  const problems = error instanceof ApiError ? error.fieldProblems : {};
  const errorsOf = (name: string) => [
    ...new Set(
      serverProblemsOf(problems, name, changedSince).map((problem) => {
        const message = serverProblemMessage(problem);
        return t(message.key, message.values);
      }),
    ),
  ];
  const fieldChanged = (name: string) =>
    setChanged((current) => {
      const fields = current.answer === error ? current.fields : NONE;
      return fields.has(name) ? current : { answer: error, fields: new Set(fields).add(name) };
    });
  return { errorsOf, fieldChanged };
}
