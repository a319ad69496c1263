// Which media tools are missing, and the one command that installs them.
//
// The media scripts (npm run media, media:prompts, media:score, media:fixture) call programs and
// read data files from Debian packages. When one is missing, Node would stop with
// `spawnSync sox ENOENT` and a stack trace; `requireTools` checks first and stops with a calm
// message instead: what is missing, the Debian package that has it, and one command that installs
// every missing package. RHVoice lives in Debian's non-free component, so for it the message also
// gives the apt sources entry that enables that component.
//
//   import { requireTools, FILES } from './tools.mjs';
//   requireTools(['fluidsynth', 'ffmpeg', 'opusinfo', FILES.musescoreSoundfont], 'the music (media:score)');
//
// A requirement is a command name (looked up on PATH, like the shell does) or a file requirement
// `{ files, pkg, what }`: met when any of `files` exists. `npm test` never needs any of this.

import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

/** The Debian package that provides each command the media scripts run. */
export const COMMAND_PACKAGES = {
  sox: 'sox',
  soxi: 'sox',
  ffmpeg: 'ffmpeg',
  ffprobe: 'ffmpeg',
  fluidsynth: 'fluidsynth',
  text2wave: 'festival',
  festival: 'festival',
  hts_engine: 'htsengine',
  'RHVoice-test': 'rhvoice',
  opusenc: 'opus-tools',
  opusdec: 'opus-tools',
  opusinfo: 'opus-tools',
};

/** Packages in Debian's non-free component (apt needs the component enabled first). */
export const NON_FREE = new Set([
  'rhvoice',
  'rhvoice-english',
  'rhvoice-russian',
  'rhvoice-ukrainian',
]);

const RH = '/usr/share/RHVoice/voices';

/** Data files (voices, soundfonts) the scripts read, with the package that installs each. */
export const FILES = {
  /** festival's HTS voice for English (read through text2wave, rendered by hts_engine). */
  festivalSlt: {
    files: [
      '/usr/share/festival/voices/us/cmu_us_slt_arctic_hts/hts/cmu_us_slt_arctic_hts.htsvoice',
    ],
    pkg: 'festvox-us-slt-hts',
    what: 'the festival voice cmu_us_slt_arctic_hts',
  },
  /** RHVoice voices by language (the packages hold all of a language's speakers). */
  rhvoiceEnglish: {
    files: [`${RH}/slt`, `${RH}/bdl`, `${RH}/alan`, `${RH}/clb`],
    pkg: 'rhvoice-english',
    what: 'the RHVoice English voices',
  },
  rhvoiceRussian: {
    files: [`${RH}/anna`, `${RH}/aleksandr-hq`, `${RH}/elena`, `${RH}/irina`],
    pkg: 'rhvoice-russian',
    what: 'the RHVoice Russian voices',
  },
  rhvoiceUkrainian: {
    files: [`${RH}/natalia`, `${RH}/anatol`, `${RH}/marianna`, `${RH}/volodymyr`],
    pkg: 'rhvoice-ukrainian',
    what: 'the RHVoice Ukrainian voices',
  },
  /** The MuseScore General SoundFont (HQ), lossless: the .sf2 the music is rendered with. */
  musescoreSoundfont: {
    files: ['/usr/share/sounds/sf2/MuseScore_General_Full.sf2'],
    pkg: 'musescore-general-soundfont-lossless',
    what: 'the MuseScore General SoundFont (lossless .sf2)',
  },
  /** The Fluid (R3) General MIDI SoundFont. */
  fluidSoundfont: {
    files: ['/usr/share/sounds/sf2/FluidR3_GM.sf2'],
    pkg: 'fluid-soundfont-gm',
    what: 'the Fluid (R3) General MIDI SoundFont',
  },
};

/** One RHVoice speaker's voice directory, e.g. rhvoiceVoice('anna', 'rhvoice-russian'). */
export function rhvoiceVoice(name, pkg) {
  return { files: [`${RH}/${name}`], pkg, what: `the RHVoice voice ${name}` };
}

/** The apt sources entry that enables contrib and non-free (Debian 12, deb822 format). */
export const NON_FREE_SOURCES = `cat > /etc/apt/sources.list.d/debian-nonfree.sources <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: contrib non-free
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
apt-get update`;

/** Whether `command` is an executable file in one of PATH's directories. */
export function onPath(command, envPath = process.env.PATH ?? '') {
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not here
    }
  }
  return false;
}

/**
 * The requirements that are not met: each as { name, pkg, what }. `fileExists` and `envPath` are
 * parameters so a test can stand in for the machine.
 */
export function missingTools(
  requirements,
  { envPath = process.env.PATH ?? '', fileExists = existsSync } = {},
) {
  const missing = [];
  for (const r of requirements) {
    if (typeof r === 'string') {
      if (onPath(r, envPath)) continue;
      missing.push({ name: r, pkg: COMMAND_PACKAGES[r] ?? r, what: `the command \`${r}\`` });
    } else if (!r.files.some((f) => fileExists(f))) {
      missing.push({ name: r.files[0], pkg: r.pkg, what: r.what });
    }
  }
  return missing;
}

/** The message for missing requirements (empty string when nothing is missing). */
export function missingToolsMessage(missing, what, { root = process.getuid?.() === 0 } = {}) {
  if (missing.length === 0) return '';
  const pkgs = [...new Set(missing.map((m) => m.pkg))];
  const sudo = root ? '' : 'sudo ';
  const lines = [
    `Cannot make ${what}: ${missing.length === 1 ? 'a tool is' : 'some tools are'} missing.`,
    '',
  ];
  for (const m of missing) lines.push(`  - ${m.what} is missing: Debian package ${m.pkg}`);
  const nonFree = pkgs.filter((p) => NON_FREE.has(p));
  if (nonFree.length > 0) {
    lines.push(
      '',
      `${nonFree.join(', ')} ${nonFree.length === 1 ? 'is' : 'are'} in Debian's non-free component. If apt cannot find ${nonFree.length === 1 ? 'it' : 'them'}, enable the component first${root ? '' : ' (as root)'}:`,
      '',
      ...NON_FREE_SOURCES.split('\n').map((l) => `    ${l}`),
    );
  }
  lines.push(
    '',
    'Install what is missing with:',
    '',
    `    ${sudo}apt-get install -y ${pkgs.join(' ')}`,
    '',
  );
  return lines.join('\n');
}

/** The exit status of a media script that stops because a tool is missing (the studio's voice job reads it). */
export const MISSING_TOOL = 3;

/**
 * Checks that every requirement is met; otherwise prints which are missing, their Debian packages
 * and the one install command to stderr, and exits with status 3, MISSING_TOOL (no stack trace).
 * `what` names the job, e.g. 'the music (npm run media:score)'.
 */
export function requireTools(requirements, what) {
  const missing = missingTools(requirements);
  if (missing.length === 0) return;
  process.stderr.write(missingToolsMessage(missing, what));
  process.exit(MISSING_TOOL);
}
