// A stored image as an object URL for <img>, revoked when the image changes or the view closes.
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../../../ui/services';

export type StoredImage = { kind: 'none' } | { kind: 'loading' } | { kind: 'missing' } | { kind: 'shown'; url: string; width: number; height: number };

export function useStoredImage(hash: string): StoredImage {
  const { storage } = useServices();
  const [image, setImage] = useState<StoredImage>({ kind: hash === '' ? 'none' : 'loading' });
  useEffect(() => {
    if (hash === '') {
      setImage({ kind: 'none' });
      return undefined;
    }
    let url: string | null = null;
    let live = true;
    setImage({ kind: 'loading' });
    storage
      .loadAttachment(hash)
      .catch(() => undefined)
      .then((record) => {
        if (!live) return;
        if (record === undefined) return setImage({ kind: 'missing' });
        url = URL.createObjectURL(new Blob([new Uint8Array(record.bytes)], { type: record.type }));
        setImage({ kind: 'shown', url, width: record.width, height: record.height });
      });
    return () => {
      live = false;
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [hash, storage]);
  return image;
}
