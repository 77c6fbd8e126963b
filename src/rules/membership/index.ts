/** Public API of the membership area (explicit named exports). */
export {};
