// Tabs tell each other about saves and presence, so two tabs never silently overwrite each other.
export const CHANNEL_NAME = 'kamerabedomning';

export type TabMessage =
  | { type: 'saved'; id: string; revision: number; tabId: string }
  | { type: 'open'; id: string; tabId: string }
  | { type: 'here'; id: string; tabId: string }
  | { type: 'closed'; id: string; tabId: string }
  | { type: 'binned'; id: string; tabId: string }
  | { type: 'erased'; tabId: string };

/** What another tab did to the watched assessment. `otherTabs` counts tabs that have it open now. */
export type RemoteChange =
  | { kind: 'saved'; revision: number; tabId: string; otherTabs: number }
  | { kind: 'presence'; otherTabs: number }
  | { kind: 'binned'; otherTabs: number }
  | { kind: 'erased'; otherTabs: number };

/** This tab's identity, so a tab ignores its own messages. */
export const tabId: string = globalThis.crypto?.randomUUID?.() ?? `tab-${Math.random().toString(36).slice(2)}`;

let channel: BroadcastChannel | null = null;
const listeners = new Set<(m: TabMessage) => void>();

function getChannel(): BroadcastChannel | null {
  if (channel) return channel;
  if (typeof BroadcastChannel === 'undefined') return null;
  channel = new BroadcastChannel(CHANNEL_NAME);
  // Node keeps the process alive for an open channel; a browser has no unref.
  (channel as { unref?: () => void }).unref?.();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const m = parseMessage(event.data);
    if (m && m.tabId !== tabId) for (const l of listeners) l(m);
  };
  return channel;
}

function parseMessage(data: unknown): TabMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.tabId !== 'string') return null;
  if (m.type === 'erased') return { type: 'erased', tabId: m.tabId };
  if (typeof m.id !== 'string') return null;
  if (m.type === 'saved') return typeof m.revision === 'number' ? { type: 'saved', id: m.id, revision: m.revision, tabId: m.tabId } : null;
  if (m.type === 'open' || m.type === 'here' || m.type === 'closed' || m.type === 'binned') return { type: m.type, id: m.id, tabId: m.tabId };
  return null;
}

type Outgoing = TabMessage extends infer M ? (M extends { tabId: string } ? Omit<M, 'tabId'> : never) : never;

export function broadcast(message: Outgoing): void {
  try {
    getChannel()?.postMessage({ ...message, tabId });
  } catch {
    // A closed channel only costs the early warning; the revision check in save still catches conflicts.
  }
}

/**
 * Watches one assessment: tells the UI when another tab saves it, opens or closes it, bins it, or erases
 * everything. Announces this tab's presence. Returns the function that stops watching.
 */
export function watchAssessment(id: string, onRemoteChange: (change: RemoteChange) => void): () => void {
  const others = new Set<string>();
  const listener = (m: TabMessage): void => {
    if (m.type === 'erased') return onRemoteChange({ kind: 'erased', otherTabs: others.size });
    if (m.id !== id) return;
    switch (m.type) {
      case 'open':
        others.add(m.tabId);
        broadcast({ type: 'here', id }); // so the newcomer learns of us too
        return onRemoteChange({ kind: 'presence', otherTabs: others.size });
      case 'here':
        if (others.has(m.tabId)) return;
        others.add(m.tabId);
        return onRemoteChange({ kind: 'presence', otherTabs: others.size });
      case 'closed':
        others.delete(m.tabId);
        return onRemoteChange({ kind: 'presence', otherTabs: others.size });
      case 'saved':
        others.add(m.tabId);
        return onRemoteChange({ kind: 'saved', revision: m.revision, tabId: m.tabId, otherTabs: others.size });
      case 'binned':
        return onRemoteChange({ kind: 'binned', otherTabs: others.size });
    }
  };
  listeners.add(listener);
  broadcast({ type: 'open', id });
  return () => {
    listeners.delete(listener);
    broadcast({ type: 'closed', id });
  };
}

/** Closes the channel (tests; a page that unloads closes it anyway). */
export function closeTabs(): void {
  channel?.close();
  channel = null;
  listeners.clear();
}
