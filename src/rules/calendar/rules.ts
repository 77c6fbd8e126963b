/** Catalogue entries of the calendar area (filled in by the calendar capability). */
import { defineRules } from '../../core/catalogue.js';

export const calendarRules = defineRules<never>([]);
