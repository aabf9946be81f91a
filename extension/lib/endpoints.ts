/**
 * Where the signaling server and the phone PWA live, fixed at build time
 * (`npm start` sets them to this machine's LAN address so a phone can reach them).
 */
export const SIGNALING_URL: string = import.meta.env.WXT_SIGNALING_URL || 'http://localhost:8787';
export const PWA_URL: string = import.meta.env.WXT_PWA_URL || 'http://localhost:8788/';
