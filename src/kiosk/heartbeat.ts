// The page's heartbeat to the kiosk launcher (scripts/kiosk/watch.mjs): every 5 s the frames Pixi
// has drawn, the machine's state and the last problem logged. The launcher, in another process,
// reloads the page when heartbeats stop (a hung page) or the frame count stops rising (a stopped
// render loop, a lost WebGL context). The same beat sends the page's beacon to its own server
// (beacon.ts), which feeds /metrics, with or without the launcher. Without either nothing starts.
import { tellLauncher, underLauncher } from './launcher.ts';
import { recentProblems } from './log.ts';

const EVERY_MS = 5_000;

/** What the heartbeat reports. */
export interface HeartbeatSource {
  /** Frames Pixi has drawn (Stage.framesDrawn); 0 without a stage. */
  frames(): number;
  /** The machine's state as a short string (stateName). */
  state(): string;
}

/** A statechart value as a short string: "attract", "visit.flow.chapter.playing+idle.counting". */
export function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return String(value);
  return Object.entries(value)
    .map(([key, inner]) => {
      const rest = stateName(inner);
      return rest ? `${key}.${rest}` : key;
    })
    .join('+');
}

/**
 * Starts the heartbeat: to the launcher when the page runs under it, and to `beacon` (every 5 s
 * too) when given. Returns a stop function.
 */
export function startHeartbeat(
  source: HeartbeatSource,
  w: Window = window,
  beacon?: { beat(): unknown },
): () => void {
  const launcher = underLauncher(w);
  if (!launcher && !beacon) return () => {};
  const beat = () => {
    void beacon?.beat();
    if (!launcher) return;
    tellLauncher(
      {
        type: 'heartbeat',
        frames: source.frames(),
        state: source.state(),
        lastError: recentProblems().at(-1)?.message,
      },
      w,
    );
  };
  beat();
  const timer = w.setInterval(beat, EVERY_MS);
  return () => w.clearInterval(timer);
}
