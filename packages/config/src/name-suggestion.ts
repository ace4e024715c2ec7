import type { LocalText } from './issues.ts';

/** The closest known name to a mistyped one, if one is close enough to be what was meant. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    // Mistyped case is the commonest slip; after that, allow about one wrong letter in four.
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance <= Math.max(1, Math.floor(name.length / 4)) && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** "（是否想写 x？）" / " (did you mean x?)", or nothing. */
export function suggestion(name: string, known: Iterable<string>): LocalText {
  const closest = closestName(name, known);
  return closest ? { zh: `（是否想写 ${closest}？）`, en: ` (did you mean ${closest}?)` } : { zh: '', en: '' };
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? Infinity;
}
