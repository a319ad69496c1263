// A worker thread of the level lint (levelCheck.ts): measures each file path it is sent. Plain
// JavaScript that registers tsx first, as a worker thread does not inherit the TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { measureFile } = await import('./meter.ts');

parentPort.on('message', (file) => {
  measureFile(file).then(
    (levels) => parentPort.postMessage({ levels }),
    (e) => parentPort.postMessage({ error: String(e) }),
  );
});
