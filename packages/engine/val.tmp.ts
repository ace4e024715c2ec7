import { readFileSync } from 'node:fs';
import { validateCase } from './src/case-validator.ts';
const c = JSON.parse(readFileSync(`examples/shaoyang-organisation-fine-50000.json`, 'utf8'));
for (let i = 0; i < 20000; i++) validateCase(c);
const N = 50000; const s = performance.now(); for (let i = 0; i < N; i++) validateCase(c); console.log(((performance.now() - s) / N * 1000).toFixed(2), 'us');
