/** Catalogue entries of the eligibility area (filled in by the eligibility capability). */
import { defineRules } from '../../core/catalogue.js';

export const eligibilityRules = defineRules<never>([]);
