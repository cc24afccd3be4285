import { describe, expect, it } from 'vitest';
import { parseWizardSearch } from './navigation';

describe('a wizard page’s search parameters', () => {
  it('keeps the ones it can read', () => {
    expect(parseWizardSearch({ returnTo: 'check-answers', dependant: 'd-1', item: 'c_2', focus: 'convictedOn' })).toEqual({ returnTo: 'check-answers', dependant: 'd-1', item: 'c_2', focus: 'convictedOn' });
    expect(parseWizardSearch({})).toEqual({});
  });

  it('drops anything else: other values, numbers, odd characters, over-long ids', () => {
    expect(parseWizardSearch({ returnTo: 'outcome', dependant: 12, item: '<script>', focus: 'a'.repeat(101), other: 'x' })).toEqual({});
    expect(parseWizardSearch({ item: 'a'.repeat(100) })).toEqual({ item: 'a'.repeat(100) });
    expect(parseWizardSearch({ dependant: '' })).toEqual({});
  });
});
