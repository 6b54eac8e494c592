import { describe, expect, it } from 'vitest';
import { profileShare, type CpuProfile } from './profile-share';

// root → loadAllPosts → readAllPosts; root → compile → compile (recursion); root → (idle)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)' }, children: [2, 4, 6] },
    { id: 2, callFrame: { functionName: 'loadAllPosts' }, children: [3] },
    { id: 3, callFrame: { functionName: 'readAllPosts' } },
    { id: 4, callFrame: { functionName: 'compile' }, children: [5] },
    { id: 5, callFrame: { functionName: 'compile' } },
    { id: 6, callFrame: { functionName: '(idle)' } },
  ],
  samples: [3, 3, 5, 4, 6, 6, 6, 1],
  timeDeltas: [1e6, 1e6, 2e6, 1e6, 5e6, 5e6, 5e6, 1e6],
};

describe('profileShare', () => {
  it('counts time under each function once per sample and leaves idle time out', () => {
    const share = profileShare([profile, profile], ['loadAllPosts', 'compile', 'missing']);
    expect(share.busySeconds).toBe(2 * 6);
    expect(share.under).toEqual({ loadAllPosts: 4, compile: 6, missing: 0 });
  });

  it('counts a function named like an object’s own method as any other', () => {
    const named: CpuProfile = { ...profile, nodes: profile.nodes.map((node) => (node.id === 2 ? { ...node, callFrame: { functionName: 'toString' } } : node)) };
    expect(profileShare([named], ['compile']).under).toEqual({ compile: 3 });
    expect(profileShare([named], ['toString']).under).toEqual({ toString: 2 });
  });
});
