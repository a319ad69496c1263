// Runs the real launcher (scripts/kiosk.mjs) with a real headless Chromium on a temp profile, and
// reads its log. Options go through the environment, so that the launcher of before the watchdog
// (which knew no --config or --heartbeat-timeout) runs the same tests and fails them for what it
// does, not for an unknown flag.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Flags that work for headless Chromium on this machine kind (/work/.library/env/machines/node.md). */
const HEADLESS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Polls `check` until it returns a value other than undefined/false, or throws after `ms`. */
export async function waitFor<T>(
  what: string | (() => string),
  check: () => T | undefined | false,
  ms = 60_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One launcher process and what it logged. */
export class LauncherRun {
  readonly lines: { t: number; text: string }[] = [];
  readonly profile = mkdtempSync(join(tmpdir(), 'kiosk-profile-'));
  readonly config = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
  private child: ChildProcess | undefined;

  /**
   * Starts the launcher; `etc`: a folder bind-mounted over /etc for it alone (a private mount
   * namespace), so that browser policies apply to this browser and to no other on the machine.
   */
  start(url: string, extraFlags: string[] = [], heartbeatS = 5, etc?: string): void {
    // KIOSK_LAUNCHER_UNDER_TEST: another launcher script (e.g. the old one, to see these tests fail).
    const script = process.env.KIOSK_LAUNCHER_UNDER_TEST ?? 'scripts/kiosk.mjs';
    const command = [process.execPath, script, '--url', url, '--', ...HEADLESS, ...extraFlags];
    const wrapped = etc
      ? [
          'unshare',
          '-m',
          '--propagation',
          'private',
          'sh',
          '-c',
          `mount --bind "$0" /etc && exec "$@"`,
          etc,
          ...command,
        ]
      : command;
    const child = spawn(wrapped[0]!, wrapped.slice(1), {
      env: {
        ...process.env,
        KIOSK_PROFILE: this.profile,
        KIOSK_CONFIG: this.config,
        KIOSK_HEARTBEAT_TIMEOUT: String(heartbeatS),
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    this.child = child;
    let rest = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) this.lines.push({ t: Date.now(), text });
    });
  }

  /** The first log line after `since` matching `re`. */
  line(re: RegExp, since = 0): { t: number; text: string } | undefined {
    return this.lines.find((l) => l.t >= since && re.test(l.text));
  }

  /** The pid of the browser launched last (from the launcher's "launched ... (pid N)" line). */
  browserPid(): number | undefined {
    const launched = this.lines.filter((l) => /launched .* \(pid \d+\)/.test(l.text)).at(-1);
    return launched ? Number(/\(pid (\d+)\)/.exec(launched.text)![1]) : undefined;
  }

  /** The renderer processes of the browser `pid` (its descendants with --type=renderer). */
  renderers(pid: number): number[] {
    const parent = new Map<number, number>();
    const args = new Map<number, string>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
        args.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8'));
      } catch {
        // gone meanwhile
      }
    }
    const descends = (p: number): boolean => {
      for (let q = parent.get(p); q; q = parent.get(q)) if (q === pid) return true;
      return false;
    };
    return [...args]
      .filter(([p, a]) => a.includes('--type=renderer') && descends(p))
      .map(([p]) => p);
  }

  /** Stops the launcher as systemd would (SIGTERM) and removes the temp folders. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await gone;
      clearTimeout(timer);
    }
    // A launcher that did not take its browser with it leaves it running: end that one too.
    const pid = this.browserPid();
    if (pid)
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    rmSync(this.profile, { recursive: true, force: true });
    rmSync(this.config, { recursive: true, force: true });
  }

  /** The log, for a failing test's message. */
  get log(): string {
    return this.lines.map((l) => l.text).join('\n');
  }
}
