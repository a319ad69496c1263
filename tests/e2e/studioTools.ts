// Whether this machine can voice: the speech tools the narration needs (scripts/media/voice.ts's
// list). The curator flow expects a voiced chapter where they are installed, and else the
// server's message naming the first missing package.
import { FILES, missingTools } from '../../scripts/media/tools.mjs';

/** The Debian package of the first missing speech tool, or null when all are installed. */
export function voiceToolsMissing(): string | null {
  const missing = missingTools([
    'sox',
    'soxi',
    'ffmpeg',
    'text2wave',
    'RHVoice-test',
    FILES.festivalSlt,
    FILES.rhvoiceEnglish,
    FILES.rhvoiceRussian,
  ]);
  return missing[0]?.pkg ?? null;
}
