// How many shadowing verdicts stay undecided on generated realistic behavior lists (issue 12, point 15).
// Not a test: it prints counts, and the CPU time the analysis took, for `npm run bench`.
//
// Run after `npx tsc -p test` with `node out/bench/shadowVerdicts.js`.

import { analyzeReachability } from '../server/src/analysis/cloudfront/paths/shadow';
import { mulberry32 } from '../test/support/random';
import { extensionsThenVersion, realisticBehaviorList, type BehaviorListShape } from './behaviorLists';

interface Tally {
  lists: number;
  verdicts: number;
  unknown: number;
  unreachable: number;
  /** Unreachable verdicts that name the one earlier behavior holding all paths, not who takes them. */
  containedOnly: number;
  listsWithUnknown: number;
  ms: number;
}

/** Counts the verdicts of `lists` generated lists of the given shape. */
export function tallyShape(seed: number, lists: number, shape: BehaviorListShape): Tally {
  const random = mulberry32(seed);
  const tally: Tally = { lists, verdicts: 0, unknown: 0, unreachable: 0, containedOnly: 0, listsWithUnknown: 0, ms: 0 };
  for (let n = 0; n < lists; n++) {
    const patterns = realisticBehaviorList(random, shape);
    // CPU time, not wall time: the figure should not depend on what else the machine is doing.
    const start = process.cpuUsage();
    const results = analyzeReachability(patterns);
    const used = process.cpuUsage(start);
    tally.ms += (used.user + used.system) / 1000;
    const unknown = results.filter((r) => r.status === 'unknown').length;
    tally.verdicts += results.length;
    tally.unknown += unknown;
    tally.unreachable += results.filter((r) => r.status === 'unreachable').length;
    tally.containedOnly += results.filter((r) => r.status === 'unreachable' && r.containedIn === true).length;
    if (unknown > 0) tally.listsWithUnknown++;
  }
  return tally;
}

function main(): void {
  const shapes: [string, BehaviorListShape][] = [
    ['75 behaviors, 8 % repeats', { count: 75 }],
    ['75 behaviors, 20 % repeats', { count: 75, repeatChance: 0.2 }],
    ['75 behaviors, 60-character shared prefix', { count: 75, sharedPrefix: 60 }],
    ['75 behaviors, 188-character shared prefix', { count: 75, sharedPrefix: 188 }],
    ['75 behaviors, 240-character shared prefix', { count: 75, sharedPrefix: 240 }],
  ];
  console.log('| generated lists | lists | verdicts | unreachable | of which name only a container | undecided | lists with an undecided verdict | CPU time per list |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [i, [name, shape]] of shapes.entries()) {
    const t = tallyShape(1000 + i, 300, shape);
    console.log(`| ${name} | ${t.lists} | ${t.verdicts} | ${t.unreachable} | ${t.containedOnly} | ${t.unknown} | ${t.listsWithUnknown} | ${(t.ms / t.lists).toFixed(2)} ms |`);
  }
  const example = analyzeReachability(extensionsThenVersion());
  console.log(`\nissue 12's example (17 extensions, /v1/*, /v1/*/media/*): last behavior ${JSON.stringify(example[example.length - 2])}`);
}

if (require.main === module) main();
