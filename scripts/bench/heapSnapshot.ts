// Heap snapshots for the soak (issue 20): what is still reachable at visit 500 against visit
// 1,000, grouped by constructor or class name as DevTools' "Summary" view groups them (objects
// and native objects by name, closures by function name, the rest by their kind: "(string)",
// "(compiled code)", "(array)" …), with each group's count and self size. The diff is what
// grew between the two: if nothing the app owns grows, the heap's rise is a cache with a bound.
import type { CDPSession } from '@playwright/test';

/** The parts of a V8 heap snapshot (.heapsnapshot JSON) the summary reads. */
export interface RawHeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
  strings: string[];
}

/** One group of the summary: how many live objects and their self size in bytes. */
export interface HeapGroup {
  count: number;
  bytes: number;
}

/** Groups by name → count and self size. */
export type HeapSummary = Record<string, HeapGroup>;

/** One group's growth from the first snapshot to the second. */
export interface HeapGrowth {
  name: string;
  countBefore: number;
  countAfter: number;
  countDelta: number;
  bytesBefore: number;
  bytesAfter: number;
  bytesDelta: number;
}

/** Node kinds grouped by their own name (as DevTools' constructor column). */
const NAMED = new Set(['object', 'native', 'closure', 'regexp']);

/** The group a node belongs to. */
function groupName(type: string, name: string): string {
  if (type === 'closure') return `${name || '(anonymous)'}()`;
  if (NAMED.has(type)) return name || `(${type})`;
  if (type === 'code') return '(compiled code)';
  if (type === 'hidden') return '(system)';
  if (type === 'concatenated string' || type === 'sliced string') return '(string)';
  return `(${type})`;
}

/** Sums a snapshot's nodes by group. */
export function summarise(snapshot: RawHeapSnapshot): HeapSummary {
  // Synthetic roots (GC roots, "(Document DOM trees)") are not objects.
  return sumNodes(snapshot, (type, name) =>
    type === 'synthetic' ? undefined : groupName(type, name),
  );
}

const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string']);

/**
 * What the heap's strings are: string nodes grouped by their value's shape (its first 40
 * characters, digit runs as "#", so "visit-12" and "visit-13" are one shape). A growing
 * "(string)" group in the summary is explained by the shapes that grew.
 */
export function stringShapes(snapshot: RawHeapSnapshot): HeapSummary {
  return sumNodes(snapshot, (type, name) => (STRING_TYPES.has(type) ? shapeOf(name) : undefined));
}

/** Counts and self sizes of a snapshot's nodes under the key `keyOf` gives (none: left out). */
function sumNodes(
  snapshot: RawHeapSnapshot,
  keyOf: (type: string, name: string) => string | undefined,
): HeapSummary {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0] as string[];
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  if (typeAt < 0 || nameAt < 0 || sizeAt < 0)
    throw new Error('heap snapshot: node_fields lacks type, name or self_size');
  // No prototype: a string or class named "__proto__" or "count" is a key like any other.
  const out: HeapSummary = Object.create(null) as HeapSummary;
  const { nodes, strings } = snapshot;
  for (let i = 0; i < nodes.length; i += stride) {
    const key = keyOf(types[nodes[i + typeAt]!] ?? 'unknown', strings[nodes[i + nameAt]!] ?? '');
    if (key === undefined) continue;
    const g = (out[key] ??= { count: 0, bytes: 0 });
    g.count++;
    g.bytes += nodes[i + sizeAt]!;
  }
  return out;
}

/** A string's shape: its first 40 characters, digit runs as "#", whitespace as one space. */
export function shapeOf(value: string): string {
  return value.slice(0, 40).replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/** Every group that grew in count or size from `before` to `after`, the most bytes first. */
export function diffSummaries(before: HeapSummary, after: HeapSummary): HeapGrowth[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: HeapGrowth[] = [];
  for (const name of names) {
    const b = before[name] ?? { count: 0, bytes: 0 };
    const a = after[name] ?? { count: 0, bytes: 0 };
    if (a.count <= b.count && a.bytes <= b.bytes) continue;
    out.push({
      name,
      countBefore: b.count,
      countAfter: a.count,
      countDelta: a.count - b.count,
      bytesBefore: b.bytes,
      bytesAfter: a.bytes,
      bytesDelta: a.bytes - b.bytes,
    });
  }
  return out.sort((x, y) => y.bytesDelta - x.bytesDelta || y.countDelta - x.countDelta);
}

/** The total self size of a summary, in bytes. */
export const totalBytes = (s: HeapSummary) => Object.values(s).reduce((sum, g) => sum + g.bytes, 0);

/** A snapshot's summary by group, and its strings by shape. */
export interface SnapshotSummary {
  groups: HeapSummary;
  strings: HeapSummary;
}

/**
 * Takes a heap snapshot through CDP (it collects garbage first: only what is reachable counts)
 * and returns its summaries; the raw snapshot (tens of MB) is not kept.
 */
export async function takeSummary(cdp: CDPSession): Promise<SnapshotSummary> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => void chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const raw = JSON.parse(chunks.join('')) as RawHeapSnapshot;
  return { groups: summarise(raw), strings: stringShapes(raw) };
}
