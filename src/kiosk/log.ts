// The kiosk's log: problems go to the console for the technician, once each, never to the visitor.

const seen = new Set<string>();

/** Logs a problem once per distinct message. */
export function logProblem(message: string, detail?: unknown): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[kiosk] ${message}`, detail ?? '');
}
