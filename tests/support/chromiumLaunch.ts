/**
 * How every test and bench starts Chromium: Debian's here, elsewhere (the desktop
 * workflow's runners) Playwright's own by CHROMIUM_PATH; no sandbox and no GPU (this machine
 * has neither), and none of the background traffic that would land inside a test or a
 * measurement.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
