/** Public API of the grant area (explicit named exports). */
export {};
