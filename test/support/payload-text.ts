import type { History } from '@venskab/audit/history-json';

/**
 * Everything a reader of the stored history could see, as text: the history's JSON (ids, search
 * attributes, names) and the bytes of every payload read as UTF-8 (JSON shows them in base64).
 */
export function readableTextOf(history: History): string {
  const parts: string[] = [JSON.stringify(history, (_key, value: unknown) => (ArrayBuffer.isView(value) ? undefined : value))];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (ArrayBuffer.isView(node)) {
      parts.push(Buffer.from(node.buffer, node.byteOffset, node.byteLength).toString('utf8'));
      return;
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(history);
  return parts.join('\n');
}
