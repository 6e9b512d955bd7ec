/** Bump whenever the cleaner's output for the same input changes, so stored articles can be re-cleaned. */
export const CLEANER_VERSION = '1.2.272';
