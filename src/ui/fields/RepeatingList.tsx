// A list the principal builds (incidents, measures, access roles): add, reorder and remove by
// keyboard, with focus kept where the principal expects it and each change announced.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../wizard/ConfirmDialog';
import { useWizard } from '../wizard/context';
import { FieldMessages } from './FieldMessages';
import { fieldId } from './paths';
import { useFieldState } from './useFieldState';
import { itemButtonId, itemHeadingId, listFocusAfterMove, listFocusAfterRemove } from './listFocus';

export interface RepeatingListProps<T extends { id: string }> {
  /** The list's path in the document; the kind refuses a list it does not have. */
  list: string;
  items: readonly T[];
  title: string;
  /** "Händelse 2": the item's name in headings, buttons and announcements. */
  itemTitle: (index: number, item?: T) => string;
  addLabel: string;
  emptyText: string;
  /** The first question of a new item, relative to it ('date'), to focus after adding. */
  firstField: string;
  /** Instead of focusing the first question (a row with its own page opens that). */
  onAdded?: (id: string, index: number) => void;
  renderItem: (item: T, index: number) => ComponentChildren;
  /** Buttons of the item besides move and remove (open, duplicate). */
  actions?: (item: T, index: number) => ComponentChildren;
}

export function RepeatingList<T extends { id: string }>(props: RepeatingListProps<T>) {
  const { list, items, title, itemTitle, addLabel, emptyText, firstField, renderItem, actions, onAdded } = props;
  const { t } = useI18n();
  const { send, focusId, announce } = useWizard();
  const state = useFieldState(list);
  const [removing, setRemoving] = useState<number | null>(null);
  const addId = `${fieldId(list)}-add`;

  const add = () => {
    const id = crypto.randomUUID();
    send({ type: 'item.add', list, id });
    if (onAdded) onAdded(id, items.length);
    else focusId(fieldId(`${list}.${items.length}.${firstField}`));
    announce(t('wiz.list.added', { item: itemTitle(items.length) }));
  };
  const move = (index: number, delta: -1 | 1) => {
    const item = items[index];
    if (!item) return;
    send({ type: 'item.move', list, id: item.id, delta });
    focusId(listFocusAfterMove(list, item.id, index + delta, items.length, delta));
    announce(t('wiz.list.moved', { item: itemTitle(index, item), position: index + delta + 1, count: items.length }));
  };
  const confirmRemove = () => {
    const index = removing;
    const item = index === null ? undefined : items[index];
    setRemoving(null);
    if (index === null || !item) return;
    send({ type: 'item.remove', list, id: item.id });
    focusId(listFocusAfterRemove(list, items.map((i) => i.id), index, addId));
    announce(t('wiz.list.removed', { item: itemTitle(index, item) }));
  };
  const cancelRemove = () => {
    const item = removing === null ? undefined : items[removing];
    setRemoving(null);
    if (item) focusId(itemButtonId(list, 'remove', item.id));
  };

  const pending = removing === null ? undefined : items[removing];
  return (
    <section id={fieldId(list)} class="repeating" tabIndex={-1} aria-labelledby={`${fieldId(list)}-title`} aria-describedby={state.describedBy}>
      <h3 id={`${fieldId(list)}-title`} class="repeating__title">
        {title} <span class="repeating__count">({items.length})</span>
      </h3>
      <FieldMessages path={list} state={state} />
      {items.length === 0 ? (
        <p class="muted">{emptyText}</p>
      ) : (
        <ol class="repeating__items">
          {items.map((item, index) => {
            const name = itemTitle(index, item);
            return (
              <li key={item.id} class="repeating__item">
                <h4 id={itemHeadingId(list, item.id)} tabIndex={-1} class="repeating__item-title">
                  {name}
                </h4>
                {renderItem(item, index)}
                <div class="item-actions" role="group" aria-label={t('wiz.list.actionsFor', { item: name })}>
                  {actions?.(item, index)}
                  {items.length > 1 && (
                    <>
                      <button type="button" class="button" id={itemButtonId(list, 'up', item.id)} disabled={index === 0} onClick={() => move(index, -1)}>
                        {t('wiz.list.up')}
                        <span class="visually-hidden"> {name}</span>
                      </button>
                      <button type="button" class="button" id={itemButtonId(list, 'down', item.id)} disabled={index === items.length - 1} onClick={() => move(index, 1)}>
                        {t('wiz.list.down')}
                        <span class="visually-hidden"> {name}</span>
                      </button>
                    </>
                  )}
                  <button type="button" class="button button--danger" id={itemButtonId(list, 'remove', item.id)} onClick={() => setRemoving(index)}>
                    {t('wiz.list.remove')}
                    <span class="visually-hidden"> {name}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" class="button" id={addId} onClick={add}>
        {addLabel}
      </button>
      <ConfirmDialog
        open={pending !== undefined}
        title={pending && removing !== null ? t('wiz.list.confirmTitle', { item: itemTitle(removing, pending) }) : ''}
        body={t('wiz.list.confirmBody')}
        confirmLabel={t('wiz.list.remove')}
        onConfirm={confirmRemove}
        onCancel={cancelRemove}
      />
    </section>
  );
}
