// A message group: Swedish first, English typed against it, so a key missing in either language is a type error.
export type Messages = Record<string, string>;

export interface MessageGroup<S extends Messages> {
  sv: S;
  en: { [K in keyof S]: string };
}

export function defineMessages<const S extends Messages>(group: MessageGroup<S>): MessageGroup<S> {
  return group;
}
