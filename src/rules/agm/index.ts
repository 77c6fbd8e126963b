/** Public API of the agm area (explicit named exports). */
export {};
