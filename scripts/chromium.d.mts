/** The sentence shown when no browser is found. */
export const NEED_CHROMIUM: string;
/** Path to the browser, or undefined when there is none. */
export function chromiumPath(): string | undefined;
