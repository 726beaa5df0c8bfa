import { describe, expect, it } from 'vitest';
import { errorDetail, errorMessage } from '../../shared/error-message';

describe('errorMessage', () => {
  it('an Error speaks for itself, whatever the fallback', () => {
    expect(errorMessage(new Error('The disk is full.'), 'Could not save.')).toBe('The disk is full.');
    expect(errorMessage(new TypeError('bad'))).toBe('bad');
  });

  it('anything else thrown gives the fallback, or the value as text without one', () => {
    expect(errorMessage('quota', 'Could not save.')).toBe('Could not save.');
    expect(errorMessage('quota')).toBe('quota');
    expect(errorMessage(undefined)).toBe('undefined');
  });

  it('hostile input: an object thrown with a message property is not taken for an Error', () => {
    expect(errorMessage({ message: '<img src=x>' }, 'Could not save.')).toBe('Could not save.');
  });
});

describe('errorDetail', () => {
  it('names the kind of Error before its message, for logs and diagnostics', () => {
    const quota = new Error('no room');
    quota.name = 'QuotaExceededError';
    expect(errorDetail(quota)).toBe('QuotaExceededError: no room');
    expect(errorDetail(42)).toBe('42');
  });
});
