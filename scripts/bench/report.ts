// The bench's one table: every figure, its goal, and whether it meets it.

/** A row: what, the figure as printed, the goal as printed, and pass/miss (undefined: no goal). */
export interface Row {
  figure: string;
  value: string;
  goal: string;
  pass?: boolean;
}

/** Formats rows as a fixed-width text table. */
export function table(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.figure,
    r.value,
    r.goal,
    r.pass === undefined ? '' : r.pass ? 'pass' : 'MISS',
  ]);
  const head = ['figure', 'measured', 'goal', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Bytes as KB (1,000 bytes), one decimal. */
export const kb = (b: number) => `${(b / 1000).toFixed(1)} KB`;
/** Bytes as MB (2^20 bytes), two decimals. */
export const mib = (b: number) => `${(b / 2 ** 20).toFixed(2)} MB`;
