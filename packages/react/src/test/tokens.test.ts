// The token pairs widgets actually combine must meet WCAG 2.2 AA in both themes: 4.5:1 for text, 3:1 for
// non-text (input borders, focus ring against the page, timeline markers). axe checks rendered text too; this
// test also covers pairs no story happens to render.
import { afterEach, describe, expect, it } from 'vitest';

function luminance(hex: string): number {
  const value = hex.trim().replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const TEXT: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text-secondary', 'bg'],
  ['text-secondary', 'surface'],
  ['link', 'bg'],
  ['link', 'surface'],
  ['link-visited', 'bg'],
  ['link-hover', 'bg'],
  ['error', 'bg'],
  ['error', 'error-bg'],
  ['success', 'bg'],
  ['success', 'success-bg'],
  ['warning', 'warning-bg'],
  ['text', 'warning-bg'],
  ['text', 'info-bg'],
  ['primary-text', 'primary'],
  ['primary-text', 'primary-hover'],
  ['secondary-button-text', 'secondary-button'],
  ['secondary-button-text', 'secondary-button-hover'],
  ['focus-text', 'focus'],
  ['marker-current', 'bg'],
];

const NON_TEXT: [string, string][] = [
  ['input-border', 'bg'],
  ['input-border', 'surface'],
  ['marker', 'bg'],
  ['marker-current', 'bg'],
  ['progress', 'bg'],
  ['error', 'bg'],
  ['warning', 'warning-bg'],
];

function tokens(theme: 'light' | 'dark') {
  const element = document.createElement('div');
  element.dataset.theme = theme;
  document.body.append(element);
  const style = getComputedStyle(element);
  return (name: string) => style.getPropertyValue(`--motcua-color-${name}`).trim();
}

afterEach(() => {
  for (const element of document.querySelectorAll('body > [data-theme]')) element.remove();
});

describe.each(['light', 'dark'] as const)('tokens, %s theme', (theme) => {
  it('text pairs reach 4.5:1', () => {
    const color = tokens(theme);
    const failures = TEXT.map(([fg, bg]) => ({
      pair: `${fg} on ${bg}`,
      ratio: contrast(color(fg), color(bg)),
    })).filter(({ ratio }) => ratio < 4.5);
    expect(failures).toEqual([]);
  });

  it('non-text pairs reach 3:1', () => {
    const color = tokens(theme);
    const failures = NON_TEXT.map(([fg, bg]) => ({
      pair: `${fg} on ${bg}`,
      ratio: contrast(color(fg), color(bg)),
    })).filter(({ ratio }) => ratio < 3);
    expect(failures).toEqual([]);
  });

  it('the focus ring is at least 3px and stands out from the page', () => {
    const color = tokens(theme);
    const element = document.querySelector(`body > [data-theme='${theme}']`) as HTMLElement;
    expect(
      Number.parseFloat(getComputedStyle(element).getPropertyValue('--motcua-focus-width')),
    ).toBeGreaterThanOrEqual(3);
    // Yellow on white is faint by itself, so focused controls pair it with a dark edge (GOV.UK): check that edge.
    const edge = theme === 'light' ? color('input-border') : color('focus');
    expect(contrast(edge, color('bg'))).toBeGreaterThanOrEqual(3);
  });
});

describe('prefers-color-scheme', () => {
  it('an unthemed page follows the system setting (light in this headless browser)', () => {
    const value = getComputedStyle(document.documentElement).getPropertyValue('--motcua-color-bg').trim();
    expect(value).toBe(matchMedia('(prefers-color-scheme: dark)').matches ? '#121417' : '#ffffff');
  });
});

describe('tokens.css', () => {
  it('gives the system dark theme exactly the values of [data-theme=dark]', async () => {
    const css = (await import('../tokens.css?raw')).default;
    const block = (start: string) => {
      const from = css.indexOf('{', css.indexOf(start)) + 1;
      return css
        .slice(from, css.indexOf('}', from))
        .split(';')
        .map((line) => line.trim())
        .filter(Boolean)
        .sort();
    };
    const explicit = block('[data-theme="dark"] {');
    const system = block('[data-theme="system"] {');
    expect(explicit.length).toBeGreaterThan(20);
    expect(system).toEqual(explicit);
  });
});
