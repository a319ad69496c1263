// The kiosk's log: problems go to the console for the technician, once each, never to the visitor.

const seen = new Set<string>();
const recent: { t: number; message: string }[] = [];

/** Logs a problem once per distinct message. */
export function logProblem(message: string, detail?: unknown): void {
  if (seen.has(message)) return;
  seen.add(message);
  recent.push({ t: Date.now(), message });
  if (recent.length > 20) recent.shift();
  console.warn(`[kiosk] ${message}`, detail ?? '');
}

/** The last 20 distinct problems, newest last, for the staff panel's health page. */
export function recentProblems(): readonly { t: number; message: string }[] {
  return recent;
}
