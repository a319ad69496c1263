// The cold-start baseline: the least a Pixi.js page can be (one full-screen sprite, one text),
// made with the same Application options as the kiosk's stage (src/scenes/Stage.ts) and built by
// the same Vite. When both are on the stage, body[data-ready] tells the bench.
//
// The touch baseline (touch.ts's floor): `?button` puts a DOM button over it, as the kiosk's
// overlay sits over its stage, and a tap changes the button's text; `?button&worker` draws the
// same stage from a worker into the canvas's OffscreenCanvas (worker.ts), so the page's main
// thread has nothing to do with the frames but show them; `?button&none` has no stage at all.
import { drawBareStage } from './stage.ts';

const params = new URLSearchParams(location.search);
const holder = document.getElementById('stage')!;
if (params.has('button')) {
  const button = document.createElement('button');
  button.id = 'tap';
  button.textContent = 'Touch to begin';
  let taps = 0;
  button.addEventListener('click', () => (button.textContent = `Touched ${++taps}`));
  document.body.appendChild(button);
}
if (params.has('none')) {
  document.body.dataset.ready = '1';
} else if (params.has('worker')) {
  const canvas = document.createElement('canvas');
  holder.appendChild(canvas);
  const offscreen = canvas.transferControlToOffscreen();
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = () => (document.body.dataset.ready = '1');
  const size = { width: innerWidth, height: innerHeight, resolution: devicePixelRatio || 1 };
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  worker.postMessage({ canvas: offscreen, ...size }, [offscreen]);
} else {
  const app = await drawBareStage({ resizeTo: window });
  holder.appendChild(app.canvas);
  document.body.dataset.ready = '1';
}
