/** 12 hex digits identifying the files under `root`/src (the generated fonts left out). */
export function sourceHash(root: string): string;
