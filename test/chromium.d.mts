/** See chromium.mjs. */
export declare const CHROME: string;
export declare const CHROMIUM_ARGS: string[];
