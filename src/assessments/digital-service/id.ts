/** Folder name and message namespace of this kind; on its own so the message loaders need not bring the schema. */
export const KIND_ID = 'digital-service';
