// Where a fingerprint is known: this device's signed versions, files the user added (in memory only), and
// the one typed from the diarium. Recomputed whenever any of them changes.
import { useEffect, useState } from 'preact/hooks';
import type { KnownVersion } from '../../storage';
import { useServices } from '../services';

export interface AddedFile {
  name: string;
  /** Fingerprints the file vouches for: a backup's intact signed versions, a register's listed ones. */
  fingerprints: Set<string>;
}

export interface Known {
  device: KnownVersion[];
  files: string[];
  typed: boolean;
}

export const isKnown = (k: Known): boolean => k.device.length > 0 || k.files.length > 0 || k.typed;

/** For each fingerprint asked about, where it is known. */
export function useKnown(fingerprints: readonly string[], files: readonly AddedFile[], typed: string): Map<string, Known> {
  const { storage } = useServices();
  const [device, setDevice] = useState<Map<string, KnownVersion[]>>(new Map());
  const key = fingerprints.join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(fingerprints.map(async (fp) => [fp, await storage.findSignedVersion(fp).catch(() => [])] as const)).then((rows) => live && setDevice(new Map(rows)));
    return () => {
      live = false;
    };
    // Keyed by the fingerprints' text: a new array with the same fingerprints asks nothing again.
  }, [storage, key]);
  return new Map(
    fingerprints.map((fp) => [fp, { device: device.get(fp) ?? [], files: files.filter((f) => f.fingerprints.has(fp)).map((f) => f.name), typed: typed === fp }]),
  );
}
