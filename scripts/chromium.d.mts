/** How every browser test and benchmark launches Chromium (see chromium.mjs). */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
