import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleBand } from 'd3-scale';
import { bandScale } from '../../src/elements/shared/band-scale.js';

// The charts' band positions must stay d3's exactly: the layout tests pin pixel positions.
test('bandScale places bands exactly where d3-scale scaleBand does', () => {
  for (const keys of [['a'], ['prior', 'current'], ['abroad', 'vehicle', 'reception', 'total'], []]) {
    for (const [r0, r1] of [[44, 1272], [0, 113.7], [8, 335]] as [number, number][]) {
      for (const [inner, outer] of [[0.2, 0.1], [0.15, 0.05], [0.08, 0.08], [0, 0]] as [number, number][]) {
        const d3 = scaleBand<string>().domain(keys).range([r0, r1]).paddingInner(inner).paddingOuter(outer);
        const ours = bandScale(keys, [r0, r1], inner, outer);
        assert.equal(ours.bandwidth(), d3.bandwidth(), `${keys} ${r0}-${r1} ${inner}/${outer}`);
        for (const k of keys) assert.equal(ours(k), d3(k), `${k} ${r0}-${r1} ${inner}/${outer}`);
      }
    }
  }
});

test('a key outside the domain has no band', () => {
  assert.equal(bandScale(['a', 'b'], [0, 100], 0.1)('c'), undefined);
});
