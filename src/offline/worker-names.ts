// File names of the offline service workers at the root of the built site (under the base path).
export const WORKER = 'sw.js';
export const SAVE_DATA_WORKER = 'sw-lite.js';
