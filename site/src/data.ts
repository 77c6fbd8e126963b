/** The data the build inlined (conformance cases, decision passages, examples), typed. */
import raw from 'site:data';
import type { SiteData } from './siteData.js';

/** What site/collect.ts gathered at build time. */
export const data = raw as SiteData;
