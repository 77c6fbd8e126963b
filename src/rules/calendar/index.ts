/** Public API of the calendar area (explicit named exports). */
export {};
