import { describe, expect, it } from 'vitest';
import { changedPaths } from './changedPaths';

describe('changedPaths', () => {
  it('names nothing when the values are equal', () => {
    expect(changedPaths({ a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'x' }] })).toEqual([]);
  });
  it('names each changed, added and removed field by its path', () => {
    expect(changedPaths({ a: 1, list: [{ d: '2020-01-01' }] }, { a: 2, list: [{ d: '2021-01-01' }, { d: '2022-01-01' }], n: true })).toEqual([
      'a',
      'list[0].d',
      'list[1]',
      'n',
    ]);
  });
});
