/** The command (node and its arguments) that serves the kiosk: the repository's or a release's server. */
export function serverCommand(
  root: string,
  url: string,
  home: string | undefined,
): [string, string[]];
export function answers(url: string): Promise<boolean>;
export function ensureServer(o: {
  root: string;
  url: string;
  log: (m: string) => void;
  fail: (m: string) => void;
  stopKiosk: () => void;
  home?: string;
}): Promise<() => Promise<void>>;
