// What a card on home names from a camera assessment's stored summary: its outcome and its areas, the same
// words as the wizard and the PDF. A chunk of its own, loaded with the list (src/assessments/home-list.ts).
export { outcomeName } from '../domain/outcomes';
export { areaName } from '../domain/areas';
