// What home's list does with a signed assessment after signing (annual review, later decision, end,
// reminder), each part loaded on the first click that needs it, never with the list. Like pages.ts, the
// shell imports this list, never a kind. The list's rows are the assessments store's, whose kind is the
// camera kind (documents of the other kinds have their own lists); a second kind there adds a key here.

/** Reading the document, starting the annual review, the calendar reminder. */
export const loadLifecycleActions = () => import('./camera/ui/lifecycle/actions');

/** The later-decision and end-of-surveillance dialogs. */
export const loadLifecycleDialogs = () => import('./camera/ui/lifecycle/HomeDialogs');
