// `npm start` serves the built kiosk (dist/) on localhost and prints where to point the browser.
// PORT changes the port (default 4173).
import { existsSync } from 'node:fs';
import { preview } from 'vite';

if (!existsSync('dist/index.html')) {
  console.error('No build found in dist/: run "npm run build" first (npm start does both).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  preview: { port, strictPort: true, host: '127.0.0.1', open: false },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(
  `\nThe kiosk is running at ${url}\nOpen it full screen in Chromium or Chrome; stop it with Ctrl+C.\n`,
);
