/** Catalogue entries of the fees area (filled in by the fees capability). */
import { defineRules } from '../../core/catalogue.js';

export const feesRules = defineRules<never>([]);
