// kiosk.json: one kiosk's configuration as a file, so that a museum's config tool (Ansible, Salt,
// a shared folder) can set a fleet. The kiosk's server reads and validates it and hands it to the
// page; staff changes on the device still win over it (settings.ts). Every field but `id` is
// optional. Errors name the key: `kiosk.json: at settings.volume: expected a number …`.
import { describeParseProblem, parseJson } from '../content/jsonText.ts';
import { z } from 'zod';
import { type ContentError, fromSchemaIssues } from '../content/errors.ts';
import { hoursSchema } from './hours.ts';
import { pinRecordSchema } from './pin.ts';
import { QUALITY_MODES } from '../scenes/quality.ts';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = (what: string) => z.string().regex(KEBAB, `${what} in lower case and hyphens`);

/** A number from `min` to `max`, said so when it is not. */
const between = (min: number, max: number) => {
  const error = `a number from ${min} to ${max}`;
  return z.number({ error }).min(min, error).max(max, error);
};
/** A whole number from `min` to `max`; null (where `orNull` says what it means) is allowed. */
const wholeBetween = (min: number, max: number, orNull?: string) => {
  const error = `a whole number from ${min} to ${max}${orNull ? `, or null ${orNull}` : ''}`;
  return z.int({ error }).min(min, error).max(max, error);
};
const flag = z.boolean({ error: 'true or false' });

/**
 * The settings staff can change in the panel, as the file sets them: each optional, none with a
 * fallback (a wrong value is an error naming its key, not a silent default). Mirrors
 * settingsSchema in settings.ts (a unit test keeps the two the same).
 */
export const fileSettingsSchema = z.strictObject({
  mode: z
    .enum(['visitor', 'docent', 'display'], {
      error: 'one of "visitor", "docent" or "display"',
    })
    .optional(),
  volume: between(0, 1).describe('The volume of a visit, 0 to 1.').optional(),
  displayVolume: between(0, 1)
    .describe('The volume of the display loop, 0 to 1; 0 mutes it.')
    .optional(),
  idleTimeoutSeconds: wholeBetween(10, 3600, "for the exhibit's own").nullable().optional(),
  idleWarningSeconds: wholeBetween(20, 300, "for the exhibit's own").nullable().optional(),
  defaultLanguage: z
    .string({ error: 'a language code such as "en", or null for the exhibit\'s own' })
    .regex(/^[a-z]{2,3}$/, 'a language code in lower case, such as "en" or "ru"')
    .nullable()
    .optional(),
  dailyReloadHour: wholeBetween(0, 23, 'for no daily reload')
    .nullable()
    .describe('The hour (0-23, local time) of the daily reload from the loop; null for none.')
    .optional(),
  access: z
    .strictObject({
      largeCaptions: flag.optional(),
      contrastCaptions: flag.optional(),
      twoLanguages: flag.optional(),
      largeText: flag.optional(),
      lowReach: flag.optional(),
      audioDescription: flag.optional(),
    })
    .optional(),
  reducedMotion: flag.optional(),
  showCursor: flag.optional(),
  quality: z
    .enum(QUALITY_MODES, { error: 'one of "adaptive", "full" or "low"' })
    .describe(
      'Drawing quality: "adaptive" lowers resolution, particles, grain and frame rate when the PC cannot hold them, and raises them again when it can; "full" or "low" pin one level.',
    )
    .optional(),
});

/** The settings as the file gives them. */
export type FileSettings = z.infer<typeof fileSettingsSchema>;

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
  id: id('an id such as "gallery-2-east",').describe(
    "This kiosk's id, unique in the museum (lower case and hyphens): labels its metrics and analytics.",
  ),
  /** Where it stands, for people: "Gallery 2, east wall". Labels its metrics too. */
  location: z
    .string()
    .min(1)
    .max(80)
    .describe('Where it stands, for people: "Gallery 2, east wall".')
    .optional(),
  /** The gallery (room) it stands in, for grouping a fleet: "gallery-2". Labels its metrics. */
  gallery: id('a gallery id such as "gallery-2",')
    .describe('The gallery (room) it stands in, for grouping a fleet: "gallery-2".')
    .optional(),
  /** The exhibit it shows (a folder in exhibits/); otherwise the build's default. */
  exhibit: id('the id of a folder in exhibits/,')
    .describe("The exhibit it shows (a folder in exhibits/); otherwise the build's default.")
    .optional(),
  settings: fileSettingsSchema
    .describe("The staff panel's settings; a change staff make on the kiosk wins over these.")
    .default({}),
  /** The staff PIN's hash (`npm run kiosk:pin` makes one); null or left out: staff choose one. */
  pin: pinRecordSchema
    .nullable()
    .describe("The staff PIN's record, made by `npm run kiosk:pin`; null: staff choose one.")
    .optional(),
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
  const { json: data, parseError } = parseJson(text);
  if (parseError) {
    const message = `not valid JSON (${describeParseProblem(parseError)})`;
    return { ok: false, errors: [{ file, path: '', message }] };
  }
  const result = kioskFileSchema.safeParse(data, { error: readable });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: fromSchemaIssues(file, data, result.error.issues) };
}

const TYPES: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text in quotes',
  boolean: 'true or false',
  object: 'an object ({ … })',
  array: 'a list ([ … ])',
  null: 'null',
};

/**
 * Zod's own messages ("Too big: expected number to be <=1") said for a technician, for the fields
 * without a message of their own (fromSchemaIssues puts "expected" before it and the value after).
 */
function readable(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return TYPES[issue.expected] ?? issue.expected;
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      return values.length === 1
        ? `exactly ${values[0]}`
        : `one of ${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
    }
    case 'too_big':
      return issue.origin === 'string'
        ? `at most ${issue.maximum} characters`
        : issue.origin === 'array'
          ? `a list of at most ${issue.maximum}`
          : `a number no more than ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `at least ${issue.minimum} characters`
        : issue.origin === 'array'
          ? `a list of at least ${issue.minimum}`
          : `a number of at least ${issue.minimum}`;
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue
        ? `text matching ${String(issue.pattern)}`
        : `text in the ${issue.format} format`;
    default:
      return undefined;
  }
}
