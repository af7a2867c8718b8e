/** Serves directories until close() is called (see static-server.mjs). */
export function serveStatic(o: {
  mounts: Record<string, string>;
  aliases?: Record<string, string>;
  headers?: (type: string) => Record<string, string>;
  gzip?: boolean;
  redirectDirs?: boolean;
}): Promise<{ origin: string; port: number; close: () => Promise<void> }>;
