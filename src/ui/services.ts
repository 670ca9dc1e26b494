// What the UI may call at the edge. main.tsx provides the real modules; tests may provide fakes.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type * as StorageApi from '../storage';

export interface Services {
  storage: typeof StorageApi;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesContext is not provided (main.tsx wires it).');
  return services;
}
