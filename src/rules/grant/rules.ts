/** Catalogue entries of the grant area (filled in by the grant capability). */
import { defineRules } from '../../core/catalogue.js';

export const grantRules = defineRules<never>([]);
