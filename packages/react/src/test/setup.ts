// Loaded before every test file of the `react` project (vitest.config.ts `setupFiles`).
import '../zod-config.js';
import '../styles.css';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library cleans up by itself only when Vitest globals are on; they are off here.
afterEach(() => {
  cleanup();
  document.title = 'motcua';
  document.documentElement.removeAttribute('data-theme');
});

document.documentElement.lang = 'vi';
document.title = 'motcua';
