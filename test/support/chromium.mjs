// Debian's Chromium (or CHROME_PATH), and the flags it needs here: as root, no GPU, and no
// background connections (the network is closed). Shared by the tests, the benchmark and the audits.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
];
