import path from 'node:path';

/**
 * V8 sampling profiles (CDP `Profiler.stop`) summed over several measured moments: each
 * function's self time, and its time with everything it called (counted once per sample
 * however deep it recurses: where a change's time goes). Build the renderer with
 * `npx vite build --minify false --outDir <dir>` for readable names.
 */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface ProfileTally {
  add(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void;
  /** Prints the `top` functions by self time and the `topTotal` by time with callees, in ms. */
  print(top: number, topTotal: number): void;
}

const frameName = (frame: ProfileNode['callFrame']) =>
  `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;

export function profileTally(): ProfileTally {
  const selfTime = new Map<string, number>();
  const totalTime = new Map<string, number>();
  return {
    add(profile) {
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      profile.nodes.forEach((n) => n.children?.forEach((c) => parent.set(c, n.id)));
      profile.samples?.forEach((id, i) => {
        const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
        const name = frameName(byId.get(id)!.callFrame);
        selfTime.set(name, (selfTime.get(name) ?? 0) + ms);
        const onStack = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
          onStack.add(frameName(byId.get(at)!.callFrame));
        onStack.forEach((n) => totalTime.set(n, (totalTime.get(n) ?? 0) + ms));
      });
    },
    print(top, topTotal) {
      console.log('\nself time over all measured moments (ms):');
      [...selfTime.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .forEach(([name, ms]) => console.log(`${ms.toFixed(0).padStart(7)}  ${name}`));
      console.log('\ntotal time (with callees) over all measured moments (ms):');
      [...totalTime.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, topTotal)
        .forEach(([name, ms]) => console.log(`${ms.toFixed(0).padStart(7)}  ${name}`));
    },
  };
}
