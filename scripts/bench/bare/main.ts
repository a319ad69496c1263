// The cold-start baseline: the least a Pixi.js page can be (one full-screen sprite, one text),
// made with the same Application options as the kiosk's stage (src/scenes/Stage.ts) and built by
// the same Vite. When both are on the stage, body[data-ready] tells the bench.
import { Application, Sprite, Text, Texture } from 'pixi.js';

const app = new Application();
await app.init({
  resizeTo: window,
  backgroundAlpha: 0,
  antialias: false,
  autoDensity: true,
  resolution: Math.min(window.devicePixelRatio || 1, 2),
  preference: 'webgl',
});
document.getElementById('stage')!.appendChild(app.canvas);
const sprite = new Sprite(Texture.WHITE);
sprite.tint = 0x3a342c;
sprite.setSize(app.screen.width, app.screen.height);
const text = new Text({
  text: 'Touch to begin',
  style: { fontFamily: 'serif', fontSize: 64, fill: 0xf2ead8 },
});
text.anchor.set(0.5);
text.position.set(app.screen.width / 2, app.screen.height / 2);
app.stage.addChild(sprite, text);
document.body.dataset.ready = '1';
