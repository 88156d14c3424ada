import type { ReactNode } from 'react';
import { overlaps, segmentBlockText, type BlockView, type Range } from '../lib/article-view';

type Props = {
  blocks: BlockView[];
  /** Source offsets of the passage to mark, if any. */
  range?: Range;
  /** The level for a level-1 section heading (2 on the article page, 3 inside the panel). */
  headingBase: 2 | 3;
  /** Put on the first <mark>, so a #fragment can target it. */
  markId?: string;
  /** Levels to lift every heading by, so an excerpt's first heading follows its container's. */
  levelOffset?: number;
};

type BlockProps = { block: BlockView; range?: Range; markId?: string };
function headingDepth(base: number, level: number): number {
  return Math.min(5, Math.max(2, base + Math.max(0, level - 1)));
}

function Heading({ depth, className, children }: { depth: number; className: string; children: ReactNode }) {
  if (depth <= 2) return <h2 className={className}>{children}</h2>;
  if (depth === 3) return <h3 className={className}>{children}</h3>;
  if (depth === 4) return <h4 className={className}>{children}</h4>;
  return <h5 className={className}>{children}</h5>;
}

function firstMarkedBlock(blocks: BlockView[], range: Range | undefined): number {
  if (!range) return -1;
  return blocks.findIndex((block) =>
    block.kind === 'table' ? (block.table?.rows.some((row) => overlaps(row, range)) ?? false) : segmentBlockText(block, range).some((s) => s.marked),
  );
}

function MarkedText({ block, range, markId }: BlockProps) {
  const segments = segmentBlockText(block, range);
  const firstMarked = segments.findIndex((s) => s.marked);
  return (
    <>
      {segments.map((segment, i) =>
        segment.marked ? (
          <mark key={i} id={i === firstMarked ? markId : undefined} data-passage-mark="">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

function TableBlock({ block, range, markId }: BlockProps) {
  const table = block.table;
  if (!table) return <p>{block.text}</p>;
  const firstMarkedRow = range ? table.rows.findIndex((row) => overlaps(row, range)) : -1;
  return (
    <div className="overflow-x-auto">
      <table>
        {table.header.length > 0 && (
          <thead>
            <tr>
              {table.header.map((cell, i) => (
                <th key={i} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {table.rows.map((row, r) => {
            const marked = range !== undefined && overlaps(row, range);
            return (
              <tr key={r} id={r === firstMarkedRow ? markId : undefined}>
                {row.cells.map((cell, c) => (
                  <td key={c}>{marked ? <mark data-passage-mark="">{cell}</mark> : cell}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Block({ block, range, markId, headingBase }: BlockProps & { headingBase: number }) {
  const text = <MarkedText block={block} range={range} markId={markId} />;
  switch (block.kind) {
    case 'title':
      return null;
    case 'heading':
      return (
        <Heading
          depth={headingDepth(headingBase, block.level)}
          className={`mt-6 mb-2 leading-snug font-semibold first:mt-0 ${block.level <= 1 ? 'text-xl' : 'text-lg'}`}
        >
          {text}
        </Heading>
      );
    case 'faq-question':
      return (
        <Heading depth={headingDepth(headingBase, 2)} className="mt-4 mb-1 leading-snug font-semibold">
          {text}
        </Heading>
      );
    case 'table':
      return (
        <div className="my-3">
          <TableBlock block={block} range={range} markId={markId} />
        </div>
      );
    default:
      return <p className="my-3">{text}</p>;
  }
}

/** Renders parsed article blocks (headings, paragraphs, lists, tables, FAQ) with an optional mark. */
/** The shallowest heading level among blocks (FAQ questions count as level 2). */
export function shallowestHeadingLevel(blocks: BlockView[]): number | undefined {
  const levels = blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : b.kind === 'faq-question' ? [2] : []));
  return levels.length > 0 ? Math.min(...levels) : undefined;
}

export function ArticleBlocks({ blocks, range, headingBase: base, markId, levelOffset = 0 }: Props) {
  const headingBase = base - levelOffset;
  const idAt = firstMarkedBlock(blocks, range);
  const out: ReactNode[] = [];
  let list: ReactNode[] = [];
  const flushList = (key: number) => {
    if (list.length === 0) return;
    out.push(
      <ul key={`list-${key}`} className="my-3 list-disc space-y-1.5 pl-6">
        {list}
      </ul>,
    );
    list = [];
  };
  blocks.forEach((block, i) => {
    const blockMarkId = i === idAt ? markId : undefined;
    if (block.kind === 'list-item') {
      list.push(
        <li key={i}>
          <MarkedText block={block} range={range} markId={blockMarkId} />
        </li>,
      );
      return;
    }
    flushList(i);
    out.push(<Block key={i} block={block} range={range} markId={blockMarkId} headingBase={headingBase} />);
  });
  flushList(blocks.length);
  return <div className="article-body">{out}</div>;
}
