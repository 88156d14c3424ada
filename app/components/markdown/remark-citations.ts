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

// Punctuation that closes the sentence a marker cites: kept on the marker's line.
const TRAILING_PUNCTUATION = /^[.,;:!?)\]]+/;

/**
 * A run of markers and the punctuation right after it, in one span that does not wrap: a line
 * must never start with the full stop of the sentence the pill above it cites.
 */
function markerRun(numbers: string[], punctuation: string): PhrasingContent {
  const children: PhrasingContent[] = numbers.map(markerNode);
  if (punctuation) children.push({ type: 'text', value: punctuation });
  return { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['cite-run'] } }, children };
}

export function splitMarkers(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const value = node.value;
  let last = 0;
  let run: string[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    const punctuation = TRAILING_PUNCTUATION.exec(value.slice(last))?.[0] ?? '';
    out.push(markerRun(run, punctuation));
    last += punctuation.length;
    run = [];
  };
  for (const match of value.matchAll(MARKER)) {
    const at = match.index;
    if (at > last) {
      closeRun();
      if (at > last) out.push({ type: 'text', value: value.slice(last, at) });
    }
    run.push(match[1] ?? '');
    last = at + match[0].length;
  }
  if (out.length === 0 && run.length === 0) return [node];
  closeRun();
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
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
