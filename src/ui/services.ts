// What the UI may call at the edge. main.tsx provides the real modules; tests may provide fakes.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type * as StorageApi from '../storage';
import type * as PdfApi from '../pdf';
import type { WizardMachine, WizardTypes } from '../engine/machine';
import type { StoreDoc } from '../engine/kind';

export type PdfModule = typeof PdfApi;

/** Unsaved work that must reach the disk before the page reloads for an update. */
export interface Drafts {
  /** Registers a flush; returns the function that unregisters it. */
  register: (flush: () => Promise<void>) => () => void;
  flushAll: () => Promise<void>;
}

export interface Services {
  storage: typeof StorageApi;
  /** The lazy entry of src/pdf: fetched on first use, so jsPDF never lands in the initial chunk. */
  pdf: () => Promise<PdfModule>;
  drafts: Drafts;
  /** The app's one clock (storage summarizes on it too): pages judge dates by its today (useToday). */
  clock: () => Date;
  /**
   * A kind's wizard machine with its effects provided (saving and leaving are notices its page hears with
   * `actor.on`); the kind's page loads its machine on first use, so xstate is not part of the first visit of home.
   */
  wizard: <T extends WizardTypes, P extends string>(machine: WizardMachine<T, P>) => Promise<WizardMachine<T, P>>;
  /**
   * A backup file of these assessments made from memory (the way out when saving to disk fails, and how a PDF
   * is imported), with the images a full-copy PDF carried; importing the file checks each against its hash.
   */
  backupOf: (documents: StoreDoc[], attachments?: StorageApi.AttachmentSection) => Promise<{ fileName: string; text: string }>;
  /**
   * True, once, when the app starts on home in a browser that has never run it here: nothing can be stored
   * yet, so home shows its empty page without waiting for the database the first visit creates (50–100 ms),
   * and reads it all the same. Every other home page reads before it shows.
   */
  firstVisitHome: () => boolean;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesContext is not provided (main.tsx wires it).');
  return services;
}

export function createDrafts(): Drafts {
  const flushes = new Set<() => Promise<void>>();
  return {
    register(flush) {
      flushes.add(flush);
      return () => flushes.delete(flush);
    },
    async flushAll() {
      await Promise.all([...flushes].map((f) => f().catch(() => undefined)));
    },
  };
}
