// The studio's content roots: folders that each hold `exhibits/<id>/` and `media/<id>/`. Studio
// paths (`exhibits/<id>/…`) name an exhibit, and an exhibit lives in one root: the first that has
// it. New exhibits go into the first root.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (where package.json, vite and the media scripts are). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** An exhibit id: kebab-case, as src/content/schema.ts's kebabId. */
export const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class StudioRoots {
  readonly roots: string[];
  constructor(roots: string[]) {
    if (!roots.length) throw new Error('the studio needs at least one content root');
    this.roots = roots.map((r) => resolve(r));
  }

  /** Where new exhibits are made. */
  get main(): string {
    return this.roots[0]!;
  }

  /** Every exhibit folder, with its root, in root order (a folder in two roots: the first). */
  exhibits(): { root: string; folder: string }[] {
    const seen = new Set<string>();
    return this.roots.flatMap((root) => {
      const dir = join(root, 'exhibits');
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((f) => !f.startsWith('.') && statSync(join(dir, f)).isDirectory())
        .sort()
        .filter((f) => !seen.has(f) && !!seen.add(f))
        .map((folder) => ({ root, folder }));
    });
  }

  /** The root an exhibit lives in, or undefined when no root has it. */
  find(exhibit: string): string | undefined {
    return this.roots.find(
      (root) =>
        existsSync(join(root, 'exhibits', exhibit)) || existsSync(join(root, 'media', exhibit)),
    );
  }

  /** The root for an exhibit: its own, or the main root for a new one. */
  rootOf(exhibit: string): string {
    return this.find(exhibit) ?? this.main;
  }
}
