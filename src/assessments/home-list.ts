// What home's list needs of the kind of its rows, each part loaded only when needed, never with the shell.
// Like pages.ts, the shell imports this list, never a kind. The list's rows are the assessments store's,
// whose kind is the camera kind (documents of the other kinds have their own lists); a second kind there
// adds a key here. The card actions are typed by the shell's contract (ui/home/cardActions.ts), which the
// kind's modules fulfil.
import type { CardActions, CardDialogs } from '../ui/home/cardActions';

/** The names a card shows for the stored outcome and parts (areas); loaded with the list when it has rows. */
export const loadCardNames = () => import('./camera/ui/cardNames');

/** Reading the document, starting the annual review, the calendar reminder: on the first click. */
export const loadLifecycleActions = (): Promise<CardActions> => import('./camera/ui/lifecycle/actions');

/** The later-decision and end-of-surveillance dialogs: on the first click that opens one. */
export const loadLifecycleDialogs = (): Promise<CardDialogs> => import('./camera/ui/lifecycle/HomeDialogs');
