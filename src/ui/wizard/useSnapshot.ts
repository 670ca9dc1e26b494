// Binds an XState actor to Preact without preact/compat: subscribe in an effect, keep the snapshot in state.
import { useEffect, useState } from 'preact/hooks';
import type { AnyActorRef, SnapshotFrom } from 'xstate';

export function useSnapshot<A extends AnyActorRef>(actor: A): SnapshotFrom<A> {
  const [snapshot, setSnapshot] = useState<SnapshotFrom<A>>(() => actor.getSnapshot());
  useEffect(() => {
    // The actor may have moved on between the first render and this effect.
    setSnapshot(actor.getSnapshot());
    const subscription = actor.subscribe((next: SnapshotFrom<A>) => setSnapshot(next));
    return () => subscription.unsubscribe();
  }, [actor]);
  return snapshot;
}
