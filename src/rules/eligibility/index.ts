/** Public API of the eligibility area (explicit named exports). */
export {};
