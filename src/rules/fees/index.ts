/** Public API of the fees area (explicit named exports). */
export {};
