/**
 * Catalogue entries of the restructuring area (klyngeregler-2023 §11): who
 * may decide a merger, split or dissolution, and where the savings go.
 */
import { defineRules } from '../../core/ruleEntry.js';
import { regionsTable } from '../../params/regions.js';

export const restructuringRules = defineRules([
  {
    id: 'restructuring.agm-decision',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '11.1' }],
    summary: {
      da: 'En klynge kan kun opløses, lægges sammen med en anden eller deles i flere ved en beslutning på årsmødet/generalforsamlingen (ordinær eller ekstraordinær).',
      en: 'A cluster can only be dissolved, merged with another or split into several by a decision of its AGM (ordinary or extraordinary).',
    },
  },
  {
    id: 'restructuring.funds-by-patients',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '11.2' }],
    summary: {
      da: 'Ved sammenlægning eller deling lægges de opsparede midler sammen eller fordeles efter det antal patienter, der knyttes til hver af de nye klynger.',
      en: 'On a merger or split the saved funds are pooled or divided by the number of patients attached to each new cluster.',
    },
  },
  {
    id: 'restructuring.pooled-division',
    kind: 'interpretation',
    sources: [
      { document: 'klyngeregler-2023', section: '11.2' },
      { document: 'design-interpretation', section: 'Restructuring' },
    ],
    summary: {
      da: 'Bliver flere klynger til flere nye, lægges alle opsparede midler som standard sammen og fordeles efter de nye klyngers patienttal. Alternativt følger hver gammel klynges midler dens egne patienter derhen, hvor de går.',
      en: "When several clusters become several new ones, by default all savings are pooled and divided by the new clusters' patient counts. Alternatively each old cluster's savings follow its own patients to where they go.",
    },
  },
  {
    id: 'restructuring.dissolution-returns-funds',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '11.2' },
      { document: 'lov-699-2025', section: '§ 126' },
    ],
    summary: {
      da: 'Opløses klyngen, går alle tildelte midler tilbage til den region, klyngen hører hjemme i, med virkning fra opløsningsdatoen. Fra 2027 er regionerne Østdanmark, Syddanmark, Midtjylland og Nordjylland.',
      en: 'When the cluster is dissolved, all granted funds go back to the region the cluster belongs to, with effect from the dissolution date. From 2027 the regions are Østdanmark, Syddanmark, Midtjylland and Nordjylland.',
    },
    parameters: [regionsTable],
  },
]);
