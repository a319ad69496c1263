/** A data file (voice, soundfont) a media script reads: met when any of `files` exists. */
export interface FileRequirement {
  files: string[];
  pkg: string;
  what: string;
}
/** A command name looked up on PATH, or a file requirement. */
export type Requirement = string | FileRequirement;
export interface Missing {
  name: string;
  pkg: string;
  what: string;
}
/** The Debian package that provides each command the media scripts run. */
export const COMMAND_PACKAGES: Record<string, string>;
/** Packages in Debian's non-free component. */
export const NON_FREE: Set<string>;
/** Voices and soundfonts, each with its Debian package. */
export const FILES: {
  festivalSlt: FileRequirement;
  rhvoiceEnglish: FileRequirement;
  rhvoiceRussian: FileRequirement;
  rhvoiceUkrainian: FileRequirement;
  musescoreSoundfont: FileRequirement;
  fluidSoundfont: FileRequirement;
};
/** One RHVoice speaker's voice directory, e.g. rhvoiceVoice('anna', 'rhvoice-russian'). */
export function rhvoiceVoice(name: string, pkg: string): FileRequirement;
/** The apt sources entry that enables contrib and non-free. */
export const NON_FREE_SOURCES: string;
/** Whether `command` is an executable file in one of PATH's directories. */
export function onPath(command: string, envPath?: string): boolean;
/** The requirements that are not met. */
export function missingTools(
  requirements: readonly Requirement[],
  options?: { envPath?: string; fileExists?: (file: string) => boolean },
): Missing[];
/** The message for missing requirements ('' when nothing is missing). */
export function missingToolsMessage(
  missing: readonly Missing[],
  what: string,
  options?: { root?: boolean },
): string;
/** The exit status of a media script that stops because a tool is missing: 3. */
export const MISSING_TOOL: 3;
/** Exits (status 3, MISSING_TOOL) with a calm message naming the missing tools and the apt command. */
export function requireTools(requirements: readonly Requirement[], what: string): void;
