// core/ runs in pages, workers and Node: declare only the globals all of them have.
declare function setTimeout(handler: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function setInterval(handler: () => void, ms?: number): unknown;
declare function clearInterval(handle: unknown): void;
declare const console: {
  log(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
};
declare class URL {
  constructor(url: string, base?: string);
  hash: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  toString(): string;
}
declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  get(name: string): string | null;
  toString(): string;
}
// WebCrypto, as pages, workers and Node 20 all provide it; only what core/auth uses.
interface CryptoKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { name: string };
}
interface CryptoKeyPair {
  publicKey: CryptoKey;
  privateKey: CryptoKey;
}
type PortableAlgorithm = { readonly name: string; readonly namedCurve?: string; readonly hash?: string };
declare const crypto: {
  getRandomValues<T extends Uint8Array>(array: T): T;
  subtle: {
    generateKey(algorithm: PortableAlgorithm, extractable: boolean, usages: string[]): Promise<unknown>;
    exportKey(format: 'spki', key: CryptoKey): Promise<ArrayBuffer>;
    importKey(
      format: 'spki' | 'raw',
      data: Uint8Array,
      algorithm: PortableAlgorithm,
      extractable: boolean,
      usages: string[],
    ): Promise<CryptoKey>;
    sign(algorithm: PortableAlgorithm, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
    verify(
      algorithm: PortableAlgorithm,
      key: CryptoKey,
      signature: Uint8Array,
      data: Uint8Array,
    ): Promise<boolean>;
    digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
  };
};
declare class TextEncoder {
  encode(input: string): Uint8Array;
}
declare function btoa(data: string): string;
declare function atob(data: string): string;
