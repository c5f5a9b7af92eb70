import { setTimeout as sleep } from 'node:timers/promises';
import { RequestLoaders } from './request-context';

describe('RequestLoaders', () => {
  /** A loader that answers each key with itself after `ms`, and records the batches it was asked for. */
  function echo(loaders: RequestLoaders, name: string, ms: number) {
    const batches: string[][] = [];
    const loader = loaders.get(name, async (keys: readonly string[]) => {
      batches.push([...keys]);
      await sleep(ms);
      return [...keys];
    });
    return { loader, batches };
  }

  it('loads once for two paths that reach a loader after batches ending at different times', async () => {
    const loaders = new RequestLoaders();
    const fast = echo(loaders, 'fast', 1);
    const slow = echo(loaders, 'slow', 40);
    const target = echo(loaders, 'target', 1);

    const answers = await Promise.all([
      fast.loader.load('f').then(() => target.loader.load('a')),
      slow.loader.load('s').then(() => target.loader.load('b')),
    ]);

    expect(answers).toEqual(['a', 'b']);
    expect(target.batches).toEqual([['a', 'b']]);
    expect([fast.batches, slow.batches]).toEqual([[['f']], [['s']]]);
  });

  it('dispatches at once when nothing of the request is loading', async () => {
    const loaders = new RequestLoaders();
    const target = echo(loaders, 'target', 1);
    await expect(target.loader.load('a')).resolves.toBe('a');
    await expect(target.loader.loadMany(['b', 'c'])).resolves.toEqual(['b', 'c']);
    expect(target.batches).toEqual([['a'], ['b', 'c']]);
  });

  it('goes on with the next wave when a batch fails', async () => {
    const loaders = new RequestLoaders();
    const failing = loaders.get('failing', async (): Promise<string[]> => {
      await sleep(5);
      throw new Error('the database went away');
    });
    const target = echo(loaders, 'target', 1);

    const [failed, loaded] = await Promise.allSettled([
      failing.load('x'),
      sleep(1).then(() => target.loader.load('a')),
    ]);

    expect(failed).toMatchObject({ status: 'rejected', reason: new Error('the database went away') });
    expect(loaded).toEqual({ status: 'fulfilled', value: 'a' });
  });
});
