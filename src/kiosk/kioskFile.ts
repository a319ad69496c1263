// kiosk.json: one kiosk's configuration as a file, so that a museum's config tool (Ansible, Salt,
// a shared folder) can set a fleet. The kiosk's server reads and validates it and hands it to the
// page; staff changes on the device still win over it (settings.ts). Every field but `id` is
// optional. Errors name the key: `kiosk.json: at settings.volume: expected a number …`.
import { z } from 'zod';
import { type ContentError, fromSchemaIssues } from '../content/errors.ts';
import { hoursSchema } from './hours.ts';
import { pinRecordSchema } from './pin.ts';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = (what: string) => z.string().regex(KEBAB, `${what} in lower case and hyphens`);

/**
 * The settings staff can change in the panel, as the file sets them: each optional, none with a
 * fallback (a wrong value is an error naming its key, not a silent default). Mirrors
 * settingsSchema in settings.ts (a unit test keeps the two the same).
 */
export const fileSettingsSchema = z.strictObject({
  mode: z.enum(['visitor', 'docent', 'display']).optional(),
  volume: z.number().min(0).max(1).optional(),
  displayVolume: z.number().min(0).max(1).optional(),
  idleTimeoutSeconds: z.int().min(10).max(3600).nullable().optional(),
  idleWarningSeconds: z.int().min(20).max(300).nullable().optional(),
  defaultLanguage: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .nullable()
    .optional(),
  dailyReloadHour: z.int().min(0).max(23).nullable().optional(),
  access: z
    .strictObject({
      largeCaptions: z.boolean().optional(),
      contrastCaptions: z.boolean().optional(),
      twoLanguages: z.boolean().optional(),
      largeText: z.boolean().optional(),
      lowReach: z.boolean().optional(),
      audioDescription: z.boolean().optional(),
    })
    .optional(),
  reducedMotion: z.boolean().optional(),
  showCursor: z.boolean().optional(),
});

/** How this kiosk takes signed releases (scripts/server/releases). */
export const releasesSchema = z.strictObject({
  /** The Ed25519 public key releases must be signed with, PEM ("-----BEGIN PUBLIC KEY-----…"). */
  publicKey: z.string().regex(/-----BEGIN PUBLIC KEY-----/, 'an Ed25519 public key in PEM'),
  /** Seconds a new release has to send its first heartbeat before it is rolled back. */
  trialSeconds: z.int().min(5).max(3600).default(120),
  /** Releases kept on disk besides the current one (for rollback). */
  keep: z.int().min(1).max(20).default(3),
});

export const kioskFileSchema = z.strictObject({
  /** Where editors find the JSON Schema (docs/kiosk.schema.json); ignored by the kiosk. */
  $schema: z.string().optional(),
  /** This kiosk's id, unique in the museum: labels its metrics and analytics. */
  id: id('an id such as "gallery-2-east",'),
  /** Where it stands, for people: "Gallery 2, east wall". Labels its metrics too. */
  location: z.string().min(1).max(80).optional(),
  /** The gallery (room) it stands in, for grouping a fleet: "gallery-2". Labels its metrics. */
  gallery: id('a gallery id such as "gallery-2",').optional(),
  /** The exhibit it shows (a folder in exhibits/); otherwise the build's default. */
  exhibit: id('the id of a folder in exhibits/,').optional(),
  settings: fileSettingsSchema.default({}),
  /** The staff PIN's hash (`npm run kiosk:pin` makes one); null or left out: staff choose one. */
  pin: pinRecordSchema.nullable().optional(),
  hours: hoursSchema.optional(),
  releases: releasesSchema.optional(),
});

/** kiosk.json as validated. */
export type KioskFile = z.infer<typeof kioskFileSchema>;

/** Reads kiosk.json's text: the file, or every problem found, each naming `file` and the key. */
export function parseKioskFile(
  text: string,
  file = 'kiosk.json',
): { ok: true; value: KioskFile } | { ok: false; errors: ContentError[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ file, path: '', message: `not valid JSON (${why})` }] };
  }
  const result = kioskFileSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: fromSchemaIssues(file, data, result.error.issues) };
}
