import { describe, expect, it } from 'vitest';
import { parseEventStream, type ServerSentEvent } from './sse.js';

async function parse(chunks: string[]): Promise<ServerSentEvent[]> {
  const stream = new ReadableStream<string>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  }).pipeThrough(parseEventStream());
  const out: ServerSentEvent[] = [];
  for await (const event of stream) out.push(event);
  return out;
}

describe('parseEventStream', () => {
  it('reads id, event and multi-line data, ignoring comments', async () => {
    expect(await parse([': heartbeat\n\nid: 7\nevent: dossier.accepted\ndata: {"a":\ndata: 1}\n\n'])).toEqual(
      [{ id: '7', event: 'dossier.accepted', data: '{"a":\n1}' }],
    );
  });

  it('handles lines and CRLF split across chunks without dispatching early', async () => {
    expect(await parse(['id: 1\r', '\ndata: x\r', '\ndata: y\r\n', '\r\n', 'data: z\n\n'])).toEqual([
      { id: '1', event: 'message', data: 'x\ny' },
      { id: '1', event: 'message', data: 'z' },
    ]);
  });

  it('drops an event that never ends and events without data', async () => {
    expect(await parse(['event: ping\n\n', 'data: incomplete'])).toEqual([]);
  });
});
