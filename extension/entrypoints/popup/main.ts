// User timing for bench/sync: where the popup's own code starts, apart from the browser opening the page.
performance.mark('peertext:popup-start');

export {};

await import('../../components/pt-popup');
