// The bare stage drawn from a worker (main.ts's `?worker`): Pixi's web-worker adapter, the page's
// canvas handed over as an OffscreenCanvas; it tells the page once the stage is drawn.
import { DOMAdapter, WebWorkerAdapter } from 'pixi.js';
import { drawBareStage } from './stage.ts';

DOMAdapter.set(WebWorkerAdapter);
self.onmessage = async (
  e: MessageEvent<{ canvas: OffscreenCanvas; width: number; height: number; resolution: number }>,
) => {
  const { canvas, width, height, resolution } = e.data;
  await drawBareStage({
    canvas,
    width,
    height,
    resolution: Math.min(resolution, 2),
    autoDensity: false,
  });
  self.postMessage('ready');
};
