/** Catalogue entries of the governance area (filled in by the governance capability). */
import { defineRules } from '../../core/catalogue.js';

export const governanceRules = defineRules<never>([]);
