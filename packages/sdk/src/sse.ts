/** One server-sent event as the stream delivered it. */
export interface ServerSentEvent {
  /** The `id:` of this event, or the last one seen before it (as `EventSource` does). */
  id: string | undefined;
  /** The `event:` type; `message` when absent. */
  event: string;
  data: string;
}

/**
 * Parses a `text/event-stream` (decoded text) into events, per the HTML standard's rules: `data:` lines
 * joined by newlines, comments and unknown fields ignored, any of CRLF/LF/CR ending a line — also when a CRLF
 * is split between two chunks. Written here rather than taken from a library because it is 40 lines and sits
 * in every bundle that watches a dossier.
 */
export function parseEventStream(): TransformStream<string, ServerSentEvent> {
  let buffer = '';
  let skipLeadingLf = false;
  let lastId: string | undefined;
  let event = '';
  let data: string[] = [];

  const line = (text: string, emit: (e: ServerSentEvent) => void) => {
    if (text === '') {
      if (data.length > 0) emit({ id: lastId, event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) lastId = value;
  };

  return new TransformStream({
    transform(chunk, controller) {
      let text = chunk;
      if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
      skipLeadingLf = text.endsWith('\r');
      buffer += text;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop() ?? '';
      for (const each of lines) line(each, (e) => controller.enqueue(e));
    },
  });
}
