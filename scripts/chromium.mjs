// How every browser test and benchmark launches Chromium: Debian's build (CHROMIUM_PATH overrides), headless,
// without the background services and GPU a test never needs. One place, so every project runs the same browser.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
