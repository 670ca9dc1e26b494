// A text in both languages, written Swedish first.
import type { Text } from './kind';

export const t = (sv: string, en: string): Text => ({ sv, en });
