// As main.tsx does: storage reads the assessments store's documents with the camera kind and stores what it
// summarizes on the real clock. Imported dynamically, so a test file that mocks part of the domain (its own
// imports come first) runs storage with the mocked one.
export async function provideCameraToStorage(clock: () => Date = () => new Date()): Promise<void> {
  const [{ cameraSummarizer }, { cameraStore }, { provideSummarizer }, { provideStoreKind }] = await Promise.all([
    import('../../src/assessments/camera/summarize'),
    import('../../src/assessments/camera/store'),
    import('../../src/storage/summaries'),
    import('../../src/storage/store-kind'),
  ]);
  provideStoreKind(cameraStore);
  provideSummarizer(cameraSummarizer(clock));
}
