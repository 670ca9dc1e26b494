// One date box for the whole app (wizard, sign-off, the lifecycle dialogs): typed as text the way people write
// dates, said back in words as soon as it can be read, stored as ÅÅÅÅ-MM-DD, and at most ONE error under it.
import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { dateInWords } from './dates';
import { normalizeDate } from './formats';
import { CLICK_SETTLE_MS } from './useDraft';
import './fields.css';

/** Longer than any date anyone writes ("onsdag 30 september 2026"), short enough to stay one line. */
const MAX_LENGTH = 40;

export interface DateEntry {
  text: string;
  /** ÅÅÅÅ-MM-DD, '' for an empty box, null when the text cannot be read as a date. */
  value: string | null;
  /** The text cannot be read and the principal has left the box. */
  bad: boolean;
  input: (text: string) => void;
  blur: () => void;
}

/** The box's text lives with the caller (a draft, a form's state); this reads it and tracks the format error. */
export function useDateEntry(text: string, setText: (text: string) => void): DateEntry {
  const { lang } = useI18n();
  const [bad, setBad] = useState(false);
  const value = normalizeDate(text, lang);
  return {
    text,
    value,
    bad,
    input: (typed) => {
      setText(typed);
      if (bad && normalizeDate(typed, lang) !== null) setBad(false);
    },
    blur: () => {
      // Show the date the way it is stored once the principal leaves the box.
      if (value !== null && value !== text) setText(value);
      // After the click that moved focus is over, so the message does not move the page under it.
      window.setTimeout(() => setBad(value === null), CLICK_SETTLE_MS);
    },
  };
}

export interface DateInputProps {
  id: string;
  entry: DateEntry;
  /** The hint and other messages about this date (not the error below). */
  describedBy?: string;
  /** Another message already marks the answer as wrong (a finding that blocks). */
  invalid?: boolean;
  required?: boolean;
  /** The caller's own error (missing date, refused on submit); an unreadable date replaces it, so one shows. */
  error?: ComponentChildren;
  inputRef?: Ref<HTMLInputElement>;
}

export function DateInput({ id, entry, describedBy, invalid = false, required = false, error, inputRef }: DateInputProps) {
  const { t, lang } = useI18n();
  const unreadable = entry.bad || (hasContent(error) && entry.value === null);
  const shownError = unreadable ? t('date.error') : error;
  const errorId = `${id}-error`;
  const understoodId = `${id}-understood`;
  const understood = entry.value !== null && entry.value !== '' ? t('date.understood', { date: dateInWords(entry.value, lang) }) : '';
  const described = [describedBy ?? '', understood !== '' ? understoodId : '', hasContent(shownError) ? errorId : ''].filter(Boolean).join(' ');
  return (
    <>
      <input
        ref={inputRef}
        id={id}
        class="date-input"
        type="text"
        value={entry.text}
        maxLength={MAX_LENGTH}
        autoComplete="off"
        spellcheck={false}
        aria-required={required ? 'true' : undefined}
        aria-invalid={invalid || hasContent(shownError) ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(e) => entry.input(e.currentTarget.value)}
        onBlur={entry.blur}
      />
      {/* Always in the page, so a screen reader hears each new reading (polite: after the typing). */}
      <p id={understoodId} class="field__understood" aria-live="polite">
        {understood}
      </p>
      {hasContent(shownError) && (
        <p id={errorId} class="field__error" role={unreadable ? 'alert' : undefined}>
          {shownError}
        </p>
      )}
    </>
  );
}

const hasContent = (node: ComponentChildren): boolean => node !== undefined && node !== null && node !== false && node !== '';
