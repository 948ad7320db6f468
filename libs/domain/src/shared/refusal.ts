import { RefusalCode } from './refusal-codes';

/**
 * A command the rules do not allow. The code is stable (the UI translates it);
 * the message is a sentence a coordinator understands.
 */
export interface Refusal {
  code: RefusalCode;
  message: string;
}

export type Decision<E> =
  | { accepted: true; events: E[] }
  | { accepted: false; refusal: Refusal };

export function accept<E>(...events: E[]): Decision<E> {
  return { accepted: true, events };
}

export function refuse<E>(code: RefusalCode, message: string): Decision<E> {
  return { accepted: false, refusal: { code, message } };
}
