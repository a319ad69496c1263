// Why a figure misses its goal, one line per figure that has a goal (keyed as report.ts's rows
// are), shown beside a miss in the bench's table and BENCHMARKS.md. Keep each to what has been
// measured; when a fix lands and the figure passes, the line is simply no longer shown.
// HEAP_GROUPS: for the soak's heap-snapshot diff, what each group that grows is and why it is
// bounded (or that it is the app's, and a leak): keyed by the group's name as the diff prints it.

/** The figures with a goal. */
export type GoalFigure =
  | 'coldStartRatio'
  | 'touchP95'
  | 'frameJsP95'
  | 'pictureJsP95'
  | 'pictureStartMax'
  | 'texturesBack'
  | 'resetRatio'
  | 'heapGrowth'
  | 'soakCounts'
  | 'jsGzip';

export const WHY: Record<GoalFigure, string> = {
  coldStartRatio:
    "the kiosk's own main-thread work before the attract loop's first frame, on top of the bare page's: reading the content, Pixi's start, the machine's first update, building the attract scene. Howler's AudioContext (60–90 ms) is made after that frame since 2026-12-04 (audioStart.ts); starting the renderer beside kiosk.json measured no gain (the main thread, not the network, is the limit). Runs of one build differ by ±0.1×; see the cold-start history below",
  touchP95:
    "below what this browser gives any page here: a DOM button alone, no canvas, measures about 30 ms at p95 (the bare-pages row, same run): Playwright's taps reach the page's handlers ~14 ms after their timestamp, and the frame after them starts up to a frame later. The kiosk's p50 is at that floor; its p95 adds the commit's wait for SwiftShader when a tap comes during a frame's readback (the bare Pixi page, drawn at full resolution on the main thread, is 5–8× slower than the kiosk), and click handlers of 9–13 ms at p95. Drawn from a worker (OffscreenCanvas), the same bare page measures as the button alone: that is the way to the floor",
  frameJsP95:
    'the few frames in which a cue is built (shader compile on first use, label measuring, text uploads) are the p95 of a 6 s window at low frame rates',
  pictureJsP95:
    "a picture's decode or texture upload landing in one frame; see the picture cues' entry below",
  pictureStartMax:
    "the image and object cues pass; the video and plan cues' start also counts building the cue after the tap's paint (the plan's layout 7–10 ms in a CPU profile) and its first frame's text uploads",
  texturesBack:
    "a chapter's textures still held after it ended: a picture or text texture not destroyed with its scene",
  resetRatio:
    "the attract scene is built after the tap's paint (3–8 ms) and its first frame uploads the title's text (up to 10 ms), which can push the frame's end past the next one; keeping the scene through a visit would not help a real one: Pixi frees GPU data unused for 60 s",
  heapGrowth:
    "V8's and Blink's bounded caches filling over the first ~800 visits (compiled code, the canvas text cache, DevTools' network buffers); the heap-snapshot row says what grew and that nothing the app owns does",
  soakCounts: 'a leak: something the app makes per visit and never destroys',
  jsGzip: 'the bundle grew past the budget: see the biggest chunks in results.json (details.size)',
};

/** Heap-snapshot groups that grow over a soak, and why each is bounded (or whose it is). */
export const HEAP_GROUPS: Record<string, string> = {
  '(compiled code)':
    "V8's bytecode and optimised machine code, compiled as more of the app's code paths are taken and re-optimised; bounded by the app's code",
  '(system)':
    "V8's internal structures (feedback vectors, descriptor arrays, maps) that go with compiled code; bounded with it",
  '(string)':
    "strings held by V8's and Blink's caches (compiled code constants, the string table); the strings row names them by shape. Until 2026-12-04 one set a visit was Pixi's released text-texture keys, kept with a null value (+0.67 MB over visits 500 → 1,000): the stage now deletes them (src/scenes/textKeys.ts)",
  '(array)':
    'backing stores of arrays: their number did not grow in the 200-visit soak (7,800 → 7,762), their bytes did; NOT TRACED to an owner yet',
  '(concatenated string)': 'as (string)',
  '(sliced string)': 'as (string)',
  '(number)': 'heap numbers held by compiled code and feedback',
  '(object shape)': "V8's hidden classes (maps): one per object layout the code has seen; bounded",
  PlainTextNode:
    "Blink's canvas text-shaping cache (Pixi measures text on a canvas); Blink bounds it and evicts",
  'blink::XHRReplayData':
    "the DevTools network agent's record of each XHR (Howler loads narration by XHR), kept because Playwright's CDP session has the Network domain on; a kiosk has no DevTools session; cleared on navigation, bounded by the agent's buffer",
  'blink::NetworkResourcesData::ResourceData':
    "the DevTools network agent's record of each request, for Playwright's session (as blink::XHRReplayData): not the page's; bounded by the agent's buffer",
  LayoutShift:
    "Blink's performance timeline buffer of layout-shift entries (the overlay's screens change): the spec caps it at 150 entries; the app observes none",
  LayoutShiftAttribution: 'held by LayoutShift entries (above): capped with them',
  DOMRectReadOnly: 'the rectangles of LayoutShiftAttribution entries (above): capped with them',
  'system / WeakArrayList':
    "V8's weak lists of compiled code and shared function infos (script lists, optimised-code lists); grow with (compiled code), bounded with it",
  'system / ProtectedFixedArray':
    "V8's deoptimisation data for optimised code: with (compiled code)",
  'system / SharedFunctionInfoWrapper': "V8's wrappers of functions compiled: with (compiled code)",
  PerformanceResourceTiming:
    "the page's resource timing buffer (250 entries by default, then full); bounded",
  InternalNode: "Blink's C++ objects seen only through the snapshot; bounded caches among them",
};
