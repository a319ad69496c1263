// The bare page's stage: one full-screen sprite and one text, with the kiosk's Application options.
import { Application, type ApplicationOptions, Sprite, Text, Texture } from 'pixi.js';

/** Starts the application with `options` added to the kiosk's and puts the two things on it. */
export async function drawBareStage(options: Partial<ApplicationOptions>): Promise<Application> {
  const app = new Application();
  await app.init({
    backgroundAlpha: 0,
    antialias: false,
    autoDensity: true,
    resolution: Math.min(globalThis.devicePixelRatio || 1, 2),
    preference: 'webgl',
    ...options,
  });
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
  return app;
}
