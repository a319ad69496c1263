// The DevTools protocol over Chromium's --remote-debugging-pipe: fd 3 carries commands to the
// browser, fd 4 its answers and events, each a JSON text ended by a NUL byte. One connection per
// browser; pages are reached through flat sessions (Target.attachToTarget with flatten: true).
import { EventEmitter } from 'node:events';

/** A command the browser did not answer in time: the browser (or a renderer) is hung. */
export class CdpTimeout extends Error {}

/** A DevTools connection over the two pipe ends of a spawned browser. */
export class Cdp extends EventEmitter {
  #next = 1;
  /** @type {Map<number, {resolve: (v: any) => void, reject: (e: Error) => void, timer: NodeJS.Timeout, method: string}>} */
  #pending = new Map();
  #buffer = '';
  closed = false;

  /**
   * @param {import('node:stream').Writable} out  the browser's fd 3
   * @param {import('node:stream').Readable} input  the browser's fd 4
   */
  constructor(out, input) {
    super();
    this.out = out;
    input.setEncoding('utf8');
    input.on('data', (chunk) => this.#read(chunk));
    input.on('close', () => this.#close());
    input.on('error', () => this.#close());
    out.on('error', () => this.#close());
  }

  /**
   * Sends `method` (to the browser, or to a page's `sessionId`) and resolves with its result;
   * rejects with CdpTimeout when no answer comes within `timeoutMs`.
   * @returns {Promise<any>}
   */
  send(method, params = {}, sessionId = undefined, timeoutMs = 5_000) {
    if (this.closed) return Promise.reject(new Error(`${method}: the browser has gone`));
    const id = this.#next++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new CdpTimeout(`${method}: no answer within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer, method });
      this.out.write(`${message}\0`);
    });
  }

  #read(chunk) {
    this.#buffer += chunk;
    let end;
    while ((end = this.#buffer.indexOf('\0')) >= 0) {
      const text = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 1);
      let message;
      try {
        message = JSON.parse(text);
      } catch {
        continue;
      }
      if (message.id !== undefined) this.#answer(message);
      // Events: emitted as 'event' with (method, params, sessionId).
      else this.emit('event', message.method, message.params ?? {}, message.sessionId);
    }
  }

  #answer(message) {
    const waiting = this.#pending.get(message.id);
    if (!waiting) return;
    this.#pending.delete(message.id);
    clearTimeout(waiting.timer);
    if (message.error)
      waiting.reject(new Error(`${waiting.method}: ${message.error.message ?? 'failed'}`));
    else waiting.resolve(message.result ?? {});
  }

  #close() {
    if (this.closed) return;
    this.closed = true;
    for (const { reject, timer, method } of this.#pending.values()) {
      clearTimeout(timer);
      reject(new Error(`${method}: the browser has gone`));
    }
    this.#pending.clear();
    this.emit('close');
  }
}
