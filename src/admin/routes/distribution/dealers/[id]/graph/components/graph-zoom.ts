/**
 * Automatic zooming never shrinks cards below legible: a dealer with many
 * children opens centred on itself rather than as a thin column of dots.
 */
export const READABLE_ZOOM = 0.55
