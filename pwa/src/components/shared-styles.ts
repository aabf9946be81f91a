import { css } from 'lit';

/** The card, heading and button look every section of the phone screen shares. */
export const sharedStyles = css`
  :host { display: block; }
  h2 {
    font-size: 13px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em;
    color: var(--pt-muted); margin: 0 0 8px;
  }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
  .card { background: var(--pt-surface); border: 1px solid var(--pt-border); border-radius: 14px; padding: 12px 14px; }
  .empty { color: var(--pt-muted); font-size: 14px; margin: 0; }
  button, .button {
    font: inherit; font-weight: 600; border-radius: 10px; border: 1px solid transparent; cursor: pointer;
    padding: 10px 16px; min-height: 44px; display: inline-flex; align-items: center; justify-content: center;
    text-decoration: none; gap: 6px;
  }
  .primary { background: var(--pt-accent); color: var(--pt-on-accent); }
  .primary:active { background: var(--pt-accent-pressed); }
  .secondary { background: var(--pt-surface); color: var(--pt-accent); border-color: var(--pt-accent-line); }
  .quiet { background: none; color: var(--pt-muted); padding: 6px 8px; min-height: 36px; font-weight: 500; }
  /* A phone number as displayAddress shows it: never broken across lines. */
  .tel { white-space: nowrap; overflow-wrap: normal; }
`;
