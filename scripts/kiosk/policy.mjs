// `npm run kiosk -- --write-policy`: the browser's managed policies for a kiosk, for Linux (JSON in
// /etc/chromium/policies/managed/ and /etc/opt/chrome/policies/managed/). docs/kiosk-policy.md has
// the same for Windows and macOS. Policies hold where flags cannot: a visitor's keyboard can open
// no settings page, file dialog, print preview, download, developer tools, incognito or new profile.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Chromium and Google Chrome read managed policies on Linux. */
export const LINUX_POLICY_DIRS = [
  '/etc/chromium/policies/managed',
  '/etc/opt/chrome/policies/managed',
];
export const POLICY_FILE = 'museum-kiosk.json';

/** The policies for a kiosk showing `url` (names and values: chromeenterprise.google/policies). */
export function kioskPolicies(url) {
  const { origin } = new URL(url);
  return {
    // Only the kiosk's own origin: chrome://settings, chrome://history, file://, view-source: and
    // every other site are blocked. The allowlist wins over the blocklist's "*".
    URLAllowlist: [origin],
    URLBlocklist: ['*'],
    // The launcher's watchdog is a DevTools client on --remote-debugging-pipe; keep it allowed.
    RemoteDebuggingAllowed: true,
    // Not DeveloperToolsAvailability: 2 (disallowed) also refuses the launcher's own attach to the
    // page ("Target.attachToTarget: Not allowed", measured with Chromium 156, even with the page's
    // origin and about:blank in DeveloperToolsAvailabilityAllowlist), and the watchdog would be
    // blind. DevTools stay out of reach all the same: no menu in kiosk mode, F12 and
    // Ctrl+Shift+I/J/C blocked by the page from its first moment (index.html), and a DevTools
    // window is a page target that the launcher closes at once.
    AllowFileSelectionDialogs: false,
    PrintingEnabled: false,
    DownloadRestrictions: 3,
    AllowDeletingBrowserHistory: false,
    IncognitoModeAvailability: 1,
    BrowserGuestModeEnabled: false,
    BrowserAddPersonEnabled: false,
    BrowserSignin: 0,
    SyncDisabled: true,
    TaskManagerEndProcessEnabled: false,
    PasswordManagerEnabled: false,
    AutofillAddressEnabled: false,
    AutofillCreditCardEnabled: false,
    TranslateEnabled: false,
    SpellcheckEnabled: false,
    SearchSuggestEnabled: false,
    BookmarkBarEnabled: false,
    EditBookmarksEnabled: false,
    ExtensionInstallBlocklist: ['*'],
    BackgroundModeEnabled: false,
    DefaultBrowserSettingEnabled: false,
    MetricsReportingEnabled: false,
    PromotionalTabsEnabled: false,
    HideWebStoreIcon: true,
    // The offline page's dinosaur game is a game, not the exhibit.
    AllowDinosaurEasterEgg: false,
    // No permission prompts over the exhibit: notifications, location, camera and microphone.
    DefaultNotificationsSetting: 2,
    DefaultGeolocationSetting: 2,
    VideoCaptureAllowed: false,
    AudioCaptureAllowed: false,
    // Narration starts without a touch; the exhibit stays full screen.
    AutoplayAllowed: true,
    FullscreenAllowed: true,
    // A restart comes back to the exhibit, never to a "Restore pages?" offer or a new-tab page.
    RestoreOnStartup: 4,
    RestoreOnStartupURLs: [url],
    HomepageLocation: url,
    NewTabPageLocation: url,
  };
}

/**
 * Writes the policy file into `dir`, or into both Linux folders; returns a line for each file.
 * Never run it on a build machine whose Chromium other things use: the allowlist is for the kiosk.
 */
export function writePolicies(url, dir) {
  const json = `${JSON.stringify(kioskPolicies(url), null, 2)}\n`;
  return (dir ? [dir] : LINUX_POLICY_DIRS).map((d) => {
    const file = join(d, POLICY_FILE);
    try {
      mkdirSync(d, { recursive: true });
      writeFileSync(file, json);
      return `wrote the browser policies for ${new URL(url).origin} to ${file}`;
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      console.error(
        `kiosk: could not write ${file} (${why}); run it as root: sudo npm run kiosk -- --write-policy`,
      );
      process.exit(1);
    }
  });
}
