/** Public API of the governance area (explicit named exports). */
export {};
