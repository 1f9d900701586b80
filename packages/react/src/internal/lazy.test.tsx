import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type LazyPart, lazyPart, useLazyPart } from './lazy.js';

function Show({ part }: { part: LazyPart<string> }) {
  const { value, failed, retry } = useLazyPart(part);
  if (value) return <p>{value}</p>;
  return failed ? (
    <button type="button" onClick={retry}>
      again
    </button>
  ) : (
    <p>loading</p>
  );
}

describe('lazyPart', () => {
  it('fetches once, renders at once after that, and fetches again after a failure', async () => {
    let calls = 0;
    const part = lazyPart(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return 'loaded';
    });
    const first = render(<Show part={part} />);
    expect(screen.getByText('loading')).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'again' }));
    expect(await screen.findByText('loaded')).toBeTruthy();
    first.unmount();

    render(<Show part={part} />);
    expect(screen.getByText('loaded')).toBeTruthy();
    expect(calls).toBe(2);
  });
});
