export function inside(dir: string, root: string): boolean;
export function makeReleaseKey(
  dir: string,
  repo?: string,
): { privatePath: string; publicPath: string; publicKey: string };
