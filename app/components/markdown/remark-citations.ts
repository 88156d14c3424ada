import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';

const MARKER = /\[(\d{1,3})\]/g;
/** Inside these a marker stays text: a button cannot live in a link, code is literal. */
const SKIP = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html']);

/**
 * The element a marker becomes. An emphasis node carrying hName/hProperties turns into a
 * `<button data-citation="n">` in the HTML tree; the Markdown renderer maps that to a
 * citation button. Raw HTML never gets here, so only markers can produce buttons.
 */
function markerNode(n: string): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: 'button', hProperties: { dataCitation: n } },
    children: [{ type: 'text', value: n }],
  };
}

export function splitMarkers(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(MARKER)) {
    const at = match.index;
    if (at > last) out.push({ type: 'text', value: node.value.slice(last, at) });
    out.push(markerNode(match[1] ?? ''));
    last = at + match[0].length;
  }
  if (out.length === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

function isParent(node: RootContent | Root): node is Parent & RootContent {
  return 'children' in node && Array.isArray(node.children);
}

function transform(parent: Parent): void {
  const next: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      next.push(...splitMarkers(child));
      continue;
    }
    if (!SKIP.has(child.type) && isParent(child)) transform(child);
    next.push(child);
  }
  parent.children = next;
}

/** remark plugin: [n] citation markers become citation elements. */
export function remarkCitations() {
  return (tree: Root) => {
    transform(tree);
  };
}
