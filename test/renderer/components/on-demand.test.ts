import { describe, expect, it } from 'vitest';
import { onDemand } from '../../../renderer/components/on-demand';

describe('a module loaded on demand', () => {
  it('loads once however many ask, and is at hand synchronously afterwards', async () => {
    let imports = 0;
    const part = onDemand(() => {
      imports += 1;
      return Promise.resolve({ answer: 42 });
    });
    expect(part.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([part.load(), part.load()]);
    expect(first).toBe(second);
    expect(part.loaded()).toBe(first);
    await part.load();
    expect(imports).toBe(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let imports = 0;
    const part = onDemand(() => {
      imports += 1;
      return imports === 1 ? Promise.reject(new Error('chunk gone')) : Promise.resolve({ answer: 42 });
    });
    await expect(part.load()).rejects.toThrow('chunk gone');
    expect(part.loaded()).toBeUndefined();
    expect(await part.load()).toEqual({ answer: 42 });
    expect(imports).toBe(2);
  });
});
