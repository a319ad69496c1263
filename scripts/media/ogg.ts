// Reads an Ogg Opus file's duration from its pages, without decoding: the last page's granule
// position minus the pre-skip, at 48 kHz. Lets tests check committed media with no audio tools.

/** Duration in seconds of an Ogg Opus file. */
export function opusDuration(file: Uint8Array): number {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const head = findString(file, 'OpusHead', 0);
  if (head < 0) throw new Error('not an Ogg Opus file (no OpusHead)');
  const preSkip = view.getUint16(head + 10, true);
  let granule = 0n;
  for (let at = findString(file, 'OggS', 0); at >= 0; at = findString(file, 'OggS', at + 4)) {
    const g = view.getBigInt64(at + 6, true);
    if (g > granule) granule = g;
  }
  return Number(granule - BigInt(preSkip)) / 48_000;
}

function findString(file: Uint8Array, s: string, from: number): number {
  const bytes = [...s].map((c) => c.charCodeAt(0));
  outer: for (let i = from; i <= file.length - bytes.length; i++) {
    for (let j = 0; j < bytes.length; j++) if (file[i + j] !== bytes[j]) continue outer;
    return i;
  }
  return -1;
}
