// A fix for Pixi 8.22's drop-shadowed text below resolution 1 (the adaptive levels draw at 0.5–0.75).
//
// Pixi draws a text's shadow by drawing the text once more far above its canvas, with a shadow
// offset that brings only the shadow back. How far above is the canvas's height plus the padding,
// but it reads that height in device pixels (`canvas.height`) and uses it in the text's own units
// (the context is scaled by the resolution). At resolution 1 or more that is far enough; below 1
// it is not, and the lower lines' black copies land on the canvas: a dark ghost of a wrapped
// caption's last words over its first line (seen in Norilsk 1953's first map at adaptive quality).
// While such a text is drawn, its canvas reports its height in the text's units, which is what the
// offset needs; the shadow itself is placed by the same offset, so it stays where it was.

/** The part of Pixi's canvas text generator this fix wraps (a private method in 8.22). */
export interface TextCanvasGenerator {
  _renderTextToCanvas(
    style: { dropShadow?: unknown },
    padding: number,
    resolution: number,
    canvasAndContext: { canvas: { height: number } },
    ...rest: unknown[]
  ): void;
}

const fixed = new WeakSet<object>();

/** Wraps `generator` (Pixi's CanvasTextGenerator) once so that shadows below resolution 1 leave no ghost. */
export function fixShadowGhosts(generator: TextCanvasGenerator): void {
  if (fixed.has(generator)) return;
  fixed.add(generator);
  const render = generator._renderTextToCanvas;
  generator._renderTextToCanvas = function (style, padding, resolution, canvasAndContext, ...rest) {
    if (!style.dropShadow || resolution >= 1)
      return render.call(this, style, padding, resolution, canvasAndContext, ...rest);
    const canvas = canvasAndContext.canvas;
    const height = Math.ceil(canvas.height / resolution);
    Object.defineProperty(canvas, 'height', { configurable: true, get: () => height });
    try {
      render.call(this, style, padding, resolution, canvasAndContext, ...rest);
    } finally {
      // The canvas's own height again (the prototype's accessor).
      delete (canvas as { height?: number }).height;
    }
  };
}
