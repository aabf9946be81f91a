import { css } from 'lit';

/** The looks the extension's popup and options page share: link buttons, errors, choices, settings rows. */
export const sharedStyles = css`
  .link { font: inherit; font-size: 12px; background: none; border: 0; color: var(--pt-accent); cursor: pointer; padding: 0; }
  .error { color: var(--pt-danger); font-size: 13px; margin: 0; }
  .choice { display: flex; align-items: center; gap: 6px; font-size: 13px; color: var(--pt-text-soft); }
  .choice input { margin: 0; }
  .setting { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
  .setting label { font-weight: 600; }
  select { font: inherit; padding: 5px 8px; border: 1px solid var(--pt-control-border); border-radius: 6px; background: var(--pt-surface); }
  .note { margin: 6px 0 0; font-size: 13px; color: var(--pt-text-soft); }
  /* A phone number as displayAddress shows it: never broken across lines. */
  .tel { white-space: nowrap; overflow-wrap: normal; }
`;
