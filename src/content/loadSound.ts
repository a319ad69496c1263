// Resolves an exhibit's music beds and interface sounds to URLs, checking every file exists.
import type { ContentError } from './errors.ts';
import type { ContentReader } from './reader.ts';
import type { ExhibitFile } from './schema.ts';
import type { Exhibit } from './types.ts';

type Check = (files: string[], field: string) => Promise<void>;

/** The exhibit's beds by name ("default", "attract", moods) and sounds, as URLs. */
export async function loadSound(reader: ContentReader, ex: ExhibitFile, check: Check) {
  const out: Pick<Exhibit, 'music' | 'sounds'> = {};
  if (ex.music) {
    const beds: Record<string, string[]> = { default: ex.music.audio };
    if (ex.music.attract) beds.attract = ex.music.attract;
    for (const [mood, files] of Object.entries(ex.music.moods ?? {})) beds[mood] = files;
    for (const [name, files] of Object.entries(beds)) {
      const field =
        name === 'default'
          ? 'music.audio'
          : name === 'attract'
            ? 'music.attract'
            : `music.moods.${name}`;
      await check(files, field);
      beds[name] = files.map(reader.mediaUrl);
    }
    out.music = { beds, volume: ex.music.volume, duckedVolume: ex.music.duckedVolume };
    if (ex.music.attractVolume !== undefined) out.music.attractVolume = ex.music.attractVolume;
  }
  if (ex.sounds) {
    if (ex.sounds.touch) await check(ex.sounds.touch, 'sounds.touch');
    out.sounds = {
      volume: ex.sounds.volume,
      ...(ex.sounds.touch ? { touch: ex.sounds.touch.map(reader.mediaUrl) } : {}),
    };
  }
  return out;
}

/** A chapter's mood must name one of the exhibit's moods. */
export function checkMood(mood: string | undefined, ex: ExhibitFile, file: string): ContentError[] {
  if (mood === undefined || ex.music?.moods?.[mood]) return [];
  const known = Object.keys(ex.music?.moods ?? {});
  return [
    {
      file,
      path: 'mood',
      message: `expected one of the moods in exhibit.json music.moods (${known.join(', ') || 'none defined'}), got "${mood}"`,
    },
  ];
}
