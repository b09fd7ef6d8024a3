// The property-based suite, long (npm run test:slow): many random command sequences, batches of
// writers at once, and writers killed with SIGKILL at random points, each followed by the
// invariants of test/property/model.ts.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, copySample } from '../helpers.js';
import {
  checkInvariants,
  commandOf,
  runProcess,
  runStep,
  settle,
  settleBatch,
  step,
  temporaries,
  World,
} from '../property/model.js';

afterAll(cleanup);

const jsonArgs = (args: string[]) => (args[0] === 'fmt' ? args : [...args, '--json']);

describe('random command sequences (long)', () => {
  it('in one process after another', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 10 }), async (steps) => {
        const world = new World(copySample());
        for (const s of steps) {
          await runStep(world, s);
          await checkInvariants(world);
        }
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });

  it('in batches of writers at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(step, { minLength: 4, maxLength: 8 }), { minLength: 1, maxLength: 3 }),
        async (batches) => {
          const world = new World(copySample());
          for (const batch of batches) {
            const commands = batch.map((s) => commandOf(world, s)).filter((c) => c !== undefined);
            const results = await Promise.all(commands.map((c) => runProcess(world.dir, jsonArgs(c.args))));
            settleBatch(commands, results);
            await checkInvariants(world);
          }
        },
      ),
      { numRuns: 12, endOnFailure: true },
    );
  });

  it('with writers killed at random points', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(step, fc.integer({ min: 0, max: 700 }), fc.boolean()), {
          minLength: 3,
          maxLength: 8,
        }),
        async (plan) => {
          const world = new World(copySample());
          for (const [s, delay, kill] of plan) {
            const command = commandOf(world, s);
            if (!command) continue;
            const result = await runProcess(world.dir, jsonArgs(command.args), kill ? delay : undefined);
            if (result.signal === 'SIGKILL') {
              // Killed: nothing it wrote was acknowledged; what others did must still be there,
              // but for what the command removes (a forget may have finished before the kill).
              command.killed?.();
              await checkInvariants(world, true);
            } else {
              settle(command, result);
              await checkInvariants(world, true);
            }
          }
          // The next write takes over the lock a killed writer left and removes its temporary files.
          await runStep(world, {
            kind: 'add-need',
            owner: 1,
            title: { pieces: ['最後の確認'], long: false },
          });
          expect(temporaries(world.dir)).toEqual([]);
          await checkInvariants(world, true);
        },
      ),
      { numRuns: 15, endOnFailure: true },
    );
  });
});
