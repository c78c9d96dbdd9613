// The schemas' enumerations that the figures split by, with the old values still met in real data
// (NOTES §1.4: schema 1.4's procedures; §1.2: the 2019 natures that moved to `techniques`).
import type { EnumSpec } from './fields';

export const MARCHE_NATURE: EnumSpec = {
  values: ['Marché', 'Marché de partenariat', 'Marché de défense ou de sécurité'],
  // 2019: these natures became techniques / modalitesExecution in 2022; the record is a marché whose amount is a ceiling.
  old: { 'accord cadre': 'Marché', 'marche subsequent': 'Marché', 'marche subsequent d accord cadre': 'Marché' },
};

/** In the 2019 schema a framework agreement and a subsequent contract were natures of their own. */
export const MARCHE_NATURE_2019: EnumSpec = {
  values: ['Marché', 'Marché de partenariat', 'Accord-cadre', 'Marché subséquent'],
  old: { 'marche subsequent d accord cadre': 'Marché subséquent' },
};

export const CONCESSION_NATURE: EnumSpec = {
  values: ['Concession de travaux', 'Concession de service', 'Concession de service public', 'Délégation de service public'],
};

export const MARCHE_PROCEDURE: EnumSpec = {
  values: [
    'Procédure adaptée',
    "Appel d'offres ouvert",
    "Appel d'offres restreint",
    'Procédure avec négociation',
    'Marché passé sans publicité ni mise en concurrence préalable',
    'Dialogue compétitif',
  ],
  old: {
    'procedure concurrentielle avec negociation': 'Procédure avec négociation',
    'procedure negociee avec mise en concurrence prealable': 'Procédure avec négociation',
    'marche negocie sans publicite ni mise en concurrence prealable': 'Marché passé sans publicité ni mise en concurrence préalable',
  },
};

export const CONCESSION_PROCEDURE: EnumSpec = {
  values: ['Procédure négociée ouverte', 'Procédure non négociée ouverte', 'Procédure négociée restreinte', 'Procédure non négociée restreinte'],
};
