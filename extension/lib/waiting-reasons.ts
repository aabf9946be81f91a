/**
 * What the popup shows on a queued text while no phone is paired: the next paired phone gets it
 * (outbox-resend.ts). Its own module, so the popup's first paint does not load the outbox.
 */
export const NO_PHONE_PAIRED = 'No phone is paired: it goes out once you pair one.';
