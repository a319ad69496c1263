// Imported first by main.ts: the page runs under a Content-Security-Policy without
// 'unsafe-eval' (scripts/server/csp.mjs), so nothing may compile code from strings.
// - Pixi 8 compiles shader and uniform code with `new Function`; this module swaps in code
//   that needs no eval.
// - Zod probes for eval (`Function('')`) when a schema is built, a CSP violation even though it
//   is caught; jitless parsing is fast enough for an exhibit's few files. This must run before
//   any module that builds a schema is evaluated, hence its own module, imported first.
import 'pixi.js/unsafe-eval';
import { config } from 'zod';

config({ jitless: true });
