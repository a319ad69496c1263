// The app's half of the boot guard in index.html: once the kiosk's machine runs, the guard stands
// down. Problems the guard logged before this page (it clears and reloads) reach the staff log.

/** Tells the boot guard the app has started. */
export function markStarted(): void {
  document.documentElement.setAttribute('data-started', '');
  window.dispatchEvent(new Event('kiosk:started'));
}

/** What the boot guard logged since the last call, oldest first (taken: read once). */
export function takeBootGuardLog(): { t: number; message: string }[] {
  try {
    const list: unknown = JSON.parse(sessionStorage.getItem('kiosk.bootLog') ?? '[]');
    sessionStorage.removeItem('kiosk.bootLog');
    return Array.isArray(list) ? list.filter((e) => typeof e?.message === 'string') : [];
  } catch {
    return [];
  }
}
