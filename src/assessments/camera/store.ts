// The camera kind as the keeper of the assessments store: what storage calls to restore, sign-check and scan
// its documents. main.tsx provides it to storage lazily (it brings valibot and restore), as it does summarize.
import type { StoreKind } from '../../engine/store-kind';
import {
  canonicalJson,
  createSignedRecord,
  defaultPolicy,
  documentMatchesRecord,
  imageRefs,
  imageRefsIn,
  parseSignedRecord,
  profileFrom,
  recordFromRawDocument,
  recordIntact,
  restore,
  restorePolicy,
  SCHEMA_VERSION,
} from './domain';
import { summaryOfRaw } from './summary-raw';
import { titleOf } from './summary-parts';

export const cameraStore: StoreKind = {
  schemaVersion: SCHEMA_VERSION,
  restore,
  restorePolicy,
  defaultPolicy,
  profileFrom,
  title: titleOf,
  canonical: canonicalJson,
  createSignedRecord,
  parseSignedRecord,
  recordIntact,
  documentMatchesRecord,
  recordFromRawDocument,
  imageRefs,
  imageRefsIn,
  summaryOfRaw,
};
