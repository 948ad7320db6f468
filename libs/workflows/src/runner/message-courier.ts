import * as wf from '@temporalio/workflow';

export interface MessageCourier<Message> {
  send(...messages: Message[]): void;
  allDelivered(): boolean;
}

/**
 * An outbox delivered one message at a time and in order by a coroutine of its own, so the
 * workflow's next commands never wait for the other side. A message leaves the outbox only once
 * delivered, and a workflow neither ends nor continues as new before its outbox is empty: nothing
 * is lost, and nothing is sent twice (a delivery is a command in this workflow's history).
 */
export function startMessageCourier<Message>(deliver: (message: Message) => Promise<void>): MessageCourier<Message> {
  const outbox: Message[] = [];
  void (async () => {
    for (;;) {
      await wf.condition(() => outbox.length > 0);
      await deliver(outbox[0]);
      outbox.shift();
    }
  })();
  return {
    send: (...messages) => void outbox.push(...messages),
    allDelivered: () => outbox.length === 0,
  };
}
