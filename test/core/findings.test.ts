/**
 * Findings: the functions that take a list of findings refuse anything else.
 */
import { describe, expect, it } from 'vitest';
import { hasViolations, sortFindings } from '../../src/index.js';
import type { Finding } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

describe('findings must be a list', () => {
  it.each([null, 'violation', { severity: 'violation' }])('%j is refused at findings', (findings) => {
    const expected = [{ path: ['findings'], message: 'findings must be a list of findings' }];
    expect(issuesOf(() => sortFindings(findings as unknown as Finding[]))).toEqual(expected);
    expect(issuesOf(() => hasViolations(findings as unknown as Finding[]))).toEqual(expected);
  });
});
