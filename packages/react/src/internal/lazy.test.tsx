import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type LazyPart, lazyPart, useLazyPart } from './lazy.js';

function Show({ part, wanted }: { part: LazyPart<string>; wanted?: boolean }) {
  const { value, failed, retry } = useLazyPart(part, wanted);
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

  it('fetches nothing until the part is wanted', async () => {
    let calls = 0;
    const part = lazyPart(async () => {
      calls++;
      return 'loaded';
    });
    const view = render(<Show part={part} wanted={false} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(0);
    view.rerender(<Show part={part} wanted />);
    expect(await screen.findByText('loaded')).toBeTruthy();
    expect(calls).toBe(1);
  });
});
