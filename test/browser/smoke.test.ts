import { expect } from '@open-wc/testing';
import { toCents } from '../../src/model/money.js';

describe('browser toolchain', () => {
  it('runs TypeScript from src in Chromium', () => {
    expect(toCents('258.24')).to.equal(25824);
  });
});
