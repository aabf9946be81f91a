import { css } from 'lit';

/** The card, heading and button look every section of the phone screen shares. */
export const sharedStyles = css`
  :host { display: block; }
  h2 {
    font-size: 13px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em;
    color: #5f6873; margin: 0 0 8px;
  }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
  .card { background: #fff; border: 1px solid #dde1e6; border-radius: 14px; padding: 12px 14px; }
  .empty { color: #5f6873; font-size: 14px; margin: 0; }
  button, .button {
    font: inherit; font-weight: 600; border-radius: 10px; border: 1px solid transparent; cursor: pointer;
    padding: 10px 16px; min-height: 44px; display: inline-flex; align-items: center; justify-content: center;
    text-decoration: none; gap: 6px;
  }
  .primary { background: #2457c5; color: #fff; }
  .primary:active { background: #1c469f; }
  .secondary { background: #fff; color: #2457c5; border-color: #c7d2e6; }
  .quiet { background: none; color: #5f6873; padding: 6px 8px; min-height: 36px; font-weight: 500; }
  /* A phone number as displayAddress shows it: never broken across lines. */
  .tel { white-space: nowrap; overflow-wrap: normal; }
`;
