/** Public API of the restructuring area (explicit named exports). */
export {};
