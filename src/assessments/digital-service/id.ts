// This kind's names, on their own so the message loaders need not bring the schema.

/** Folder name and message namespace of this kind. */
export const KIND_ID = 'digital-service';

const SCREENS = 'ui';
/** Where the screens' own words sit in the kind's catalogue (`digital-service.ui.save.saved`): apart from every other key. */
export const SCREEN_PREFIX = `${KIND_ID}.${SCREENS}.`;

/** The screens' words as the catalogue's `other` part takes them (keys under `ui.`; catalogueOf adds the kind). */
export const screens = (words: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(words).map(([key, text]) => [`${SCREENS}.${key}`, text]));
