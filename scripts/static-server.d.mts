export interface SwappableServer {
  origin: string;
  setRoot(dir: string): Promise<void>;
  close(): Promise<void>;
}
export function serve(root: string, port: number, headers?: Record<string, string>): Promise<SwappableServer>;
