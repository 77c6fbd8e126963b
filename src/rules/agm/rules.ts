/** Catalogue entries of the agm area (filled in by the agm capability). */
import { defineRules } from '../../core/catalogue.js';

export const agmRules = defineRules<never>([]);
