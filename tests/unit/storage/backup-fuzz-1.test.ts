// Variants from 0 of 10,000 forged or edited backups, each planned against a device that holds the original;
// the accepted ones are applied. The other half (from 5000) runs beside this file, on the other core.
import 'fake-indexeddb/auto';
import { fuzzHalf } from './fuzz-run';

fuzzHalf(0);
