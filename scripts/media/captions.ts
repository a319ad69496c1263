// Caption layout and the limits museums use: the rules live in src/content/captionLint.ts, where
// the studio's browser app runs them too; the media scripts import them from here.
export * from '../../src/content/captionLint.ts';
