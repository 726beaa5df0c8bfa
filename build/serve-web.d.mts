import type { Server } from 'node:http';

export declare const DEFAULT_PORT: number;
export declare function resolveStaticPath(urlPath: string, rendererRoot?: string): string | null;
export declare function serveWeb(options?: {
  port?: number;
  host?: string;
}): Promise<{ url: string; server: Server }>;
