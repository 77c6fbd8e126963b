/** Catalogue entries of the restructuring area (filled in by the restructuring capability). */
import { defineRules } from '../../core/catalogue.js';

export const restructuringRules = defineRules<never>([]);
