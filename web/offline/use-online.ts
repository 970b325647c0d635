/**
 * Whether the phone has a network now, for every screen that works offline (savings meetings,
 * the /sync page): `navigator.onLine`, kept up to date by the browser's online and offline
 * events. It says only that there is a network, not that the server answers.
 */
import { useEffect, useState } from 'preact/hooks';

export function useOnline(): boolean {
  const [isOnline, setIsOnline] = useState(typeof navigator === 'undefined' || navigator.onLine);
  useEffect(() => {
    const update = () => setIsOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return isOnline;
}
