// Builds dist/: the browser bundles and the Node CLI.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const ts = (minify) => esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json' });

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/budget-widgets.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve({ extensions: ['.ts', '.js'] }), ts(true)],
  },
  {
    input: 'src/cli/budget-kit.ts',
    output: { file: 'dist/budget-kit.mjs', format: 'es', banner: '#!/usr/bin/env node' },
    external: [/^node:/],
    plugins: [nodeResolve({ extensions: ['.ts', '.js'], exportConditions: ['node'] }), ts(false)],
  },
];
