/** Catalogue entries of the membership area (filled in by the membership capability). */
import { defineRules } from '../../core/catalogue.js';

export const membershipRules = defineRules<never>([]);
