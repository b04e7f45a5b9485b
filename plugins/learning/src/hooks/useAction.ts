import { useState } from 'react';
import { messageOf } from './messageOf';

/** Runs an action, keeping its error to show where it was asked. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(messageOf(e as Error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
