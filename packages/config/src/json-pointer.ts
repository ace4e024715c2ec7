import type { Node } from 'jsonc-parser';

export type PathSegment = string | number;

/** RFC 6901: "~" and "/" inside a key are escaped as "~0" and "~1". */
export function toPointer(path: readonly PathSegment[]): string {
  let pointer = '';
  for (const segment of path) pointer = childPointer(pointer, segment);
  return pointer;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

// Called for every list entry and object a check walks through, so the common case (nothing to escape) is kept cheap.
export function childPointer(pointer: string, key: PathSegment): string {
  if (typeof key === 'number') return `${pointer}/${key}`;
  if (!key.includes('~') && !key.includes('/')) return `${pointer}/${key}`;
  return `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/**
 * Walks down the parse tree along a pointer. When the pointer leads nowhere (a missing field), it stops at the
 * deepest node that exists, so an issue still points somewhere sensible.
 */
export function nodeAtPointer(root: Node, pointer: string): { node: Node; found: boolean } {
  let node = root;
  for (const segment of parsePointer(pointer)) {
    const next = childNode(node, segment);
    if (!next) return { node, found: false };
    node = next;
  }
  return { node, found: true };
}

function childNode(node: Node, segment: string): Node | undefined {
  if (node.type === 'array') {
    if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
    return node.children?.[Number(segment)];
  }
  if (node.type !== 'object') return undefined;
  // JSON.parse keeps the last of duplicated keys, so the position must come from the last one too. A property
  // whose value is missing (only in a broken file) is found by its key.
  let match: Node | undefined;
  for (const property of node.children ?? []) {
    if (property.children?.[0]?.value === segment) match = property.children[1] ?? property.children[0];
  }
  return match;
}

/** The path from the root to a node; a property's key node yields the path of its value. */
export function pathOfNode(node: Node): PathSegment[] {
  const path: PathSegment[] = [];
  let current: Node | undefined = node;
  while (current?.parent) {
    const parent: Node = current.parent;
    if (parent.type === 'property') {
      const key = parent.children?.[0]?.value;
      path.push(typeof key === 'string' ? key : '');
      current = parent.parent;
    } else {
      if (parent.type === 'array') path.push(parent.children?.indexOf(current) ?? 0);
      current = parent;
    }
  }
  return path.reverse();
}
