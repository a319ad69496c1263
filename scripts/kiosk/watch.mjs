// The watchdog outside the page: over the DevTools protocol it keeps one page on the kiosk's URL,
// hears the page's heartbeats (src/kiosk/heartbeat.ts) and reloads the page when they stop, when
// Pixi stops drawing, or when its renderer crashes. A page that does not reload is replaced by a
// fresh one; a browser that stops answering is reported to the launcher, which relaunches it.
// Every other tab or window is closed as soon as it opens.
import { readCommands, removeCommands, launcherScript } from './commands.mjs';

const PING_MS = 5_000;
const NAVIGATE_MS = 10_000;
const BINDING = '__kioskLauncherSend';

/**
 * @typedef {object} WatchOptions
 * @property {string} url  the kiosk's page
 * @property {number} heartbeatMs  how long without a heartbeat (or a new frame) before a reload
 * @property {string} configDir  where command files are read (commands.mjs)
 * @property {(message: string) => void} log
 * @property {(reason: string) => void} hung  the browser stopped answering: kill and relaunch it
 */

/** Watches the kiosk's page in one browser, from attach until `stop()`. */
export class KioskWatch {
  /** @type {{targetId: string, sessionId: string, scriptId?: string} | undefined} */
  page;
  lastBeat = Date.now();
  frames = -1;
  framesRoseAt = Date.now();
  /** Whether Pixi drew at least one frame in this page load (no WebGL: frames never rise). */
  drawing = false;
  recovering = false;
  creating = false;
  /** Targets this watch opened itself: not closed as strays. */
  own = new Set();
  lastError = '';
  /** The machine's state in the last heartbeat: "closed…" stops its frames on purpose. */
  state = '';
  commandsText = '';
  /** @type {(() => void) | undefined} */
  navigated;

  /** @param {import('./cdp.mjs').Cdp} cdp @param {WatchOptions} options */
  constructor(cdp, options) {
    this.cdp = cdp;
    this.o = options;
    cdp.on('event', (method, params, sessionId) => this.#event(method, params, sessionId));
  }

  /** Attaches to the browser's page (or opens one) and starts watching. */
  async start() {
    await this.cdp.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = await this.cdp.send('Target.getTargets');
    const pages = targetInfos.filter((t) => t.type === 'page');
    if (pages[0]) await this.#adopt(pages[0].targetId);
    else await this.#open();
    for (const stray of pages.slice(1)) this.#closeStray(stray);
    const every = Math.max(250, Math.min(1_000, this.o.heartbeatMs / 10));
    this.timer = setInterval(() => void this.#check(), every);
    this.pinger = setInterval(() => void this.#ping(), PING_MS);
  }

  stop() {
    clearInterval(this.timer);
    clearInterval(this.pinger);
  }

  /** Attaches to `targetId`, prepares it (binding, launcher script) and loads the kiosk's URL. */
  async #adopt(targetId) {
    this.own.add(targetId);
    const { sessionId } = await this.cdp.send('Target.attachToTarget', { targetId, flatten: true });
    this.page = { targetId, sessionId };
    const send = (method, params) => this.cdp.send(method, params, sessionId);
    await Promise.all([send('Page.enable'), send('Runtime.enable'), send('Inspector.enable')]);
    await send('Runtime.addBinding', { name: BINDING });
    await this.#installScript();
    this.#restartClocks();
    await this.#navigate();
  }

  /** Opens a fresh page (about:blank first, so the launcher script is in place before the URL). */
  async #open() {
    this.creating = true;
    const { targetId } = await this.cdp
      .send('Target.createTarget', { url: 'about:blank' })
      .finally(() => (this.creating = false));
    await this.#adopt(targetId);
  }

  /** (Re)places the script that defines window.__kioskLauncher, with the commands on disk now. */
  async #installScript() {
    const page = this.page;
    if (!page) return;
    const { commands, problems } = readCommands(this.o.configDir);
    for (const p of problems) this.#once(`config: ${p}`);
    this.commandsText = JSON.stringify(commands);
    if (page.scriptId)
      await this.cdp
        .send(
          'Page.removeScriptToEvaluateOnNewDocument',
          { identifier: page.scriptId },
          page.sessionId,
        )
        .catch(() => {});
    const { identifier } = await this.cdp.send(
      'Page.addScriptToEvaluateOnNewDocument',
      { source: launcherScript(commands) },
      page.sessionId,
    );
    page.scriptId = identifier;
    if (Object.keys(commands).length) this.o.log(`commands for the page: ${this.commandsText}`);
  }

  /** Loads the kiosk's URL (not a reload: the page may have been taken elsewhere). */
  async #navigate() {
    const page = this.page;
    if (!page) return;
    const done = new Promise((resolve) => (this.navigated = () => resolve(true)));
    const late = new Promise((resolve) => setTimeout(() => resolve(false), NAVIGATE_MS));
    this.cdp
      .send('Page.navigate', { url: this.o.url }, page.sessionId, NAVIGATE_MS)
      .then((r) => r.errorText && this.o.log(`loading ${this.o.url} failed: ${r.errorText}`))
      .catch(() => {});
    return Promise.race([done, late]);
  }

  #restartClocks() {
    this.lastBeat = Date.now();
    this.framesRoseAt = Date.now();
    this.frames = -1;
    this.drawing = false;
    this.state = '';
  }

  /** Reloads the page; when it does not load within 10 s, replaces it with a fresh page. */
  async recover(reason) {
    if (this.recovering || !this.page) return;
    this.recovering = true;
    this.o.log(`reloading: ${reason}`);
    try {
      // A hung renderer may not answer this either: only when the commands on disk changed.
      const { commands } = readCommands(this.o.configDir);
      if (JSON.stringify(commands) !== this.commandsText)
        await this.#installScript().catch(() => {});
      if (!(await this.#navigate())) {
        this.o.log(`the page did not load within ${NAVIGATE_MS / 1000} s: opening a fresh page`);
        const old = this.page;
        this.page = undefined;
        await this.#open();
        await this.cdp.send('Target.closeTarget', { targetId: old.targetId }).catch(() => {});
      }
    } catch (e) {
      this.o.hung(
        `the browser failed to open a fresh page (${e instanceof Error ? e.message : e})`,
      );
    } finally {
      this.#restartClocks();
      this.recovering = false;
    }
  }

  async #check() {
    if (this.recovering || !this.page) return;
    const now = Date.now();
    const limit = this.o.heartbeatMs;
    const secs = (ms) => `${Math.round(ms / 100) / 10} s`;
    if (now - this.lastBeat > limit)
      void this.recover(`no heartbeat for ${secs(now - this.lastBeat)}`);
    else if (this.drawing && !this.state.startsWith('closed') && now - this.framesRoseAt > limit)
      void this.recover(
        `Pixi drew no frame for ${secs(now - this.framesRoseAt)} (${this.frames} frames)`,
      );
    else {
      const { commands, problems } = readCommands(this.o.configDir);
      for (const p of problems) this.#once(`config: ${p}`);
      if (JSON.stringify(commands) !== this.commandsText)
        void this.recover(`the command files changed (${JSON.stringify(commands)})`);
    }
  }

  /** The browser itself must answer within 5 s, hung renderer or not. */
  async #ping() {
    try {
      await this.cdp.send('Browser.getVersion', {}, undefined, PING_MS);
    } catch (e) {
      if (!this.cdp.closed)
        this.o.hung(`the browser did not answer (${e instanceof Error ? e.message : e})`);
    }
  }

  #event(method, params, sessionId) {
    const page = this.page;
    const mine = page && sessionId === page.sessionId;
    if (method === 'Target.targetCreated') {
      const t = params.targetInfo;
      if (t.type === 'page' && !this.own.has(t.targetId) && page && t.targetId !== page.targetId)
        this.#closeStray(t);
    } else if (method === 'Target.targetCrashed' && page && params.targetId === page.targetId)
      void this.recover(`the page's renderer crashed (${params.status}, code ${params.errorCode})`);
    else if (method === 'Inspector.targetCrashed' && mine)
      void this.recover("the page's renderer crashed");
    else if (method === 'Target.targetDestroyed' && page && params.targetId === page.targetId) {
      this.o.log('the kiosk page was closed: opening it again');
      this.page = undefined;
      this.#open().catch((e) => this.o.hung(`could not open the page again (${e.message})`));
    } else if (method === 'Page.frameNavigated' && mine && !params.frame.parentId) {
      this.o.log(`page loaded: ${params.frame.url}`);
      this.#restartClocks();
      this.navigated?.();
    } else if (method === 'Runtime.bindingCalled' && mine && params.name === BINDING)
      this.#message(params.payload);
  }

  #closeStray(t) {
    // A target the watch is opening itself arrives here before createTarget answers.
    if (this.creating && t.url === 'about:blank' && !t.openerId) return;
    this.o.log(`closing a ${t.openerId ? 'window the page opened' : 'tab'}: ${t.url || '(blank)'}`);
    this.cdp
      .send('Target.closeTarget', { targetId: t.targetId })
      .then(() => this.o.log(`closed ${t.targetId}`))
      .catch((e) => this.o.log(`could not close ${t.targetId}: ${e.message}`));
  }

  /** A message from the page (src/kiosk/launcher.ts): checked, as anything from a page is. */
  #message(payload) {
    let m;
    try {
      m = JSON.parse(payload);
    } catch {
      return this.#once('the page sent a message that is not JSON');
    }
    if (m?.type === 'heartbeat' && typeof m.frames === 'number') {
      if (this.frames < 0) this.o.log(`first heartbeat of this page load: ${String(m.state)}`);
      this.lastBeat = Date.now();
      this.state = String(m.state ?? '');
      // Closed outside the opening hours, the page draws nothing on purpose: not a freeze.
      if (this.state.startsWith('closed')) this.framesRoseAt = Date.now();
      if (m.frames > this.frames) {
        if (this.frames >= 0) this.drawing = true;
        this.frames = m.frames;
        this.framesRoseAt = Date.now();
      }
      if (typeof m.lastError === 'string' && m.lastError && m.lastError !== this.lastError) {
        this.lastError = m.lastError;
        this.o.log(`the page reports (state ${String(m.state)}): ${m.lastError}`);
      }
    } else if (m?.type === 'ack') {
      for (const line of removeCommands(this.o.configDir, m.commands)) this.o.log(line);
      void this.#installScript();
    } else this.#once(`the page sent an unknown message: ${String(payload).slice(0, 80)}`);
  }

  #said = new Set();
  #once(line) {
    if (this.#said.has(line)) return;
    this.#said.add(line);
    this.o.log(line);
  }
}
