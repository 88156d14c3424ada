import { describe, expect, it } from 'vitest';
import { summarizeProfile } from '@/scripts/lib/cpu-profile-summary';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });

// (root) → handle (project) → parse (native); handle → render (a package); handle → handle (recursion).
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2] },
    { id: 2, callFrame: frame('handle', 'file:///repo/lib/chat/handler.ts'), children: [3, 4, 5] },
    { id: 3, callFrame: frame('parse', ''), children: [] },
    { id: 4, callFrame: frame('render', 'file:///repo/node_modules/@scope/pkg/index.js'), children: [] },
    { id: 5, callFrame: frame('handle', 'file:///repo/lib/chat/handler.ts'), children: [] },
  ],
  samples: [3, 4, 4, 5, 2],
  timeDeltas: [1_000, 2_000_000, 1_000, 1_000, 1_000],
  startTime: 0,
};

describe('summarizeProfile', () => {
  it('sums self time by function and by package, and inclusive time once per stack', () => {
    const s = summarizeProfile(profile, { top: 10, skipSeconds: 0 });
    expect(s.totalMs).toBeCloseTo(2004, 5);
    expect(s.selfByFile[0]).toEqual({ name: 'nm/@scope/pkg', ms: 2001 });
    expect(s.selfByFunction.find((r) => r.name.startsWith('parse'))?.ms).toBe(1);
    // handle is on every stack; the recursive sample counts once.
    expect(s.inclusiveByProjectFunction).toEqual([{ name: 'handle  /repo/lib/chat/handler.ts', ms: 2004 }]);
  });

  it('leaves out the first seconds when asked', () => {
    const s = summarizeProfile(profile, { top: 10, skipSeconds: 1 });
    // Only the samples after the 2 s one remain (its own delta ends past the first second).
    expect(s.totalMs).toBeCloseTo(2003, 5);
    expect(s.selfByFunction.some((r) => r.name.startsWith('parse'))).toBe(false);
  });

  it('rejects a file that is not a CPU profile', () => {
    expect(() => summarizeProfile({ nodes: 'no' }, { top: 5, skipSeconds: 0 })).toThrow();
  });
});
