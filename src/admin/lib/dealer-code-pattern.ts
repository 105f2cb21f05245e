/**
 * The API's rule for dealer codes (3–32 letters, digits, `-`, `_`, stored
 * upper-case), plus the empty string, which asks the server to generate one.
 */
export const OPTIONAL_DEALER_CODE_PATTERN = /^([A-Za-z0-9][A-Za-z0-9_-]{2,31})?$/
