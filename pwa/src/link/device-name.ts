interface UserAgentData {
  platform?: string;
  mobile?: boolean;
}

/** A name the person recognises this phone by in the extension ("Android phone"). */
export function deviceName(): string {
  const data = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;
  const platform = data?.platform || platformFromUserAgent(navigator.userAgent);
  if (!platform) return 'Phone';
  return /iPhone|iPad/.test(platform) ? platform : `${platform} phone`;
}

function platformFromUserAgent(ua: string): string | undefined {
  if (/Android/.test(ua)) return 'Android';
  if (/iPhone/.test(ua)) return 'iPhone';
  if (/iPad/.test(ua)) return 'iPad';
  if (/Linux/.test(ua)) return 'Linux';
  return undefined;
}
