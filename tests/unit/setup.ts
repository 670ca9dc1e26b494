// Unit tests see the whole message catalogue, as the app does once its pages have loaded.
import { registerAll } from '../../src/ui/i18n/all';

registerAll();
