// Room: main — the gate of the events main sends to the page (the bulk import's progress): each is
// checked against the shared event contract before it leaves, as every answer is (answerIpc.ts).
// Pure (no Electron): Electron's webContents.send and the browser harness's event stream both
// deliver through it.
import { eventContract, type EventChannel, type EventPayload } from '../shared/articleContract.ts';

export type SendEvent = <E extends EventChannel>(channel: E, payload: EventPayload<E>) => void;

/** A sender that validates each event, then hands it to `deliver`; an event that breaks the contract is a bug and throws. */
export function gatedEvents(deliver: (channel: EventChannel, payload: unknown) => void): SendEvent {
  return (channel, payload) => deliver(channel, eventContract[channel].parse(payload));
}
