export const MANIFEST: 'manifest.json';
export const SIGNATURE: 'manifest.sig';
export const VERSION: RegExp;

export interface ReleaseFile {
  path: string;
  size: number;
  sha256: string;
}
export interface ReleaseManifest {
  version: string;
  created: string;
  node: string;
  files: ReleaseFile[];
}

export function listFiles(dir: string, sub?: string): string[];
export function sha256(file: string): string;
export function makeManifest(
  dir: string,
  o: { version: string; created?: Date; node?: string },
): ReleaseManifest;
export function manifestBytes(manifest: ReleaseManifest): Buffer;
export function signBytes(bytes: Buffer, privateKeyPem: string): string;
export function verifyBytes(bytes: Buffer, signature: string, publicKeyPem: string): boolean;
export function signRelease(
  dir: string,
  o: { version: string; privateKey: string; created?: Date; node?: string },
): ReleaseManifest;
export class ReleaseError extends Error {}
export function readSignedManifest(
  bytes: Buffer,
  signature: string,
  publicKey: string,
): ReleaseManifest;
export function safePath(path: unknown): boolean;
export function checkRelease(dir: string, publicKey: string): ReleaseManifest;
