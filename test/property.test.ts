// The property-based suite, quick: a few random command sequences on the sample network, a few
// writers at once, and one writer killed at a random point. The long runs are in
// test/slow/property.test.ts (npm run test:slow); both run the model in test/property/model.ts.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, copySample } from './helpers.js';
import {
  checkInvariants,
  commandOf,
  runProcess,
  runStep,
  settleBatch,
  step,
  temporaries,
  World,
} from './property/model.js';

afterAll(cleanup);

describe('random command sequences', () => {
  it('keep every acknowledged write, a valid folder, canonical files and private text private', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
        const world = new World(copySample());
        for (const s of steps) {
          await runStep(world, s);
          await checkInvariants(world);
        }
      }),
      { numRuns: 5, seed: 14, endOnFailure: true },
    );
  }, 120_000);

  it('writers at once: every acknowledged write is there', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 4 }), async (steps) => {
        const world = new World(copySample());
        const commands = steps.map((s) => commandOf(world, s)).filter((c) => c !== undefined);
        const results = await Promise.all(
          commands.map((c) => runProcess(world.dir, c.args[0] === 'fmt' ? c.args : [...c.args, '--json'])),
        );
        settleBatch(commands, results);
        await checkInvariants(world);
      }),
      { numRuns: 2, seed: 1414, endOnFailure: true },
    );
  }, 120_000);

  it('a writer killed at a random point loses nothing acknowledged, and the next write cleans up', async () => {
    const world = new World(copySample());
    await runStep(world, { kind: 'add-need', owner: 3, title: { pieces: ['ロゴ'], long: false } });
    const killed = await runProcess(
      world.dir,
      [
        'add-visit',
        '--space',
        'kitakami-base',
        '--mixer',
        'mx-sato',
        '--strength',
        'hirano-cafe:焼き菓子 PUB0',
        '--need',
        'hirano-cafe:看板 PUB0',
      ],
      250,
    );
    expect(killed.signal === 'SIGKILL' || killed.code === 0).toBe(true);
    await checkInvariants(world, true);
    await runStep(world, { kind: 'add-need', owner: 5, title: { pieces: ['写真'], long: false } });
    expect(temporaries(world.dir)).toEqual([]);
    await checkInvariants(world);
  }, 60_000);
});
