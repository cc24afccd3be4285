#!/usr/bin/env node
// `npm start`: install dependencies if they are missing, build, then serve dist/ on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serve } from './serve.mjs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/vite')) {
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
run('npm', ['run', 'build']);
await serve({ dir: 'dist', port: Number(process.env.PORT ?? 4173), host: '127.0.0.1' });
