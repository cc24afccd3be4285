import type { Server } from 'node:http';

/** Starts a static server for a built folder under a base path; resolves with its URL. */
export function serve(options?: { dir?: string; base?: string; port?: number; host?: string; quiet?: boolean }): Promise<{ url: string; server: Server }>;
