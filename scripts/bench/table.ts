// `npm run bench:table [results.json]`: prints the bench's table from bench/results.json (or the
// file given) and writes it at the top of BENCHMARKS.md, between its bench:table markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { markdownTable, rowsOf, withTable, type BenchResults } from './report.ts';

const file = process.argv[2] ?? 'bench/results.json';
const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
console.log(markdownTable(rowsOf(results)));
writeFileSync('BENCHMARKS.md', withTable(readFileSync('BENCHMARKS.md', 'utf8'), results));
console.log(`BENCHMARKS.md: the table now comes from ${file}`);
