import type { Server } from 'node:http';

/** Starts a static server for a built folder under a base path; resolves with its URL. */
export function serve(options?: { dir?: string; base?: string; port?: number; host?: string; quiet?: boolean }): Promise<{ url: string; server: Server }>;

/** The Content-Security-Policy header: the page's meta-tag policy plus `frame-ancestors 'none'`. */
export const CONTENT_SECURITY_POLICY: string;
/** The Permissions-Policy header: every browser feature the app does not use, denied. */
export const PERMISSIONS_POLICY: string;
/** Headers sent with every response (README, "Security headers"). */
export const SECURITY_HEADERS: Readonly<Record<string, string>>;
