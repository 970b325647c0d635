/**
 * The catalog part of the shared phone's PIN lock and sign-out screens (web/offline/lock-screen.tsx,
 * logout-screen.tsx): Spanish and English together, added by those lazily loaded screens.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-device.ts';
import { messages as es, type DeviceKey } from './es-device.ts';

export const devicePart: CatalogPart<DeviceKey> = { es, en };
