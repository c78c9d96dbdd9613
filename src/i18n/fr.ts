// French catalogue: the reference. Every key here must exist in every other language.
export const fr = {
  'app.title': 'Carbone évité',
  'app.tagline': 'Les émissions de gaz à effet de serre que vos achats durables évitent, ligne par ligne.',
  'app.language': 'Langue',
  'app.skipToResults': 'Aller aux résultats',

  'demo.heading': 'Exemple : {name}',
  'demo.intro':
    'Ce scénario de démonstration compare, pour chaque achat, une option de référence (ce qui aurait été acheté sans le choix durable) à une option durable. Tous les chiffres viennent de la table de facteurs {table}, version {version}.',

  'totals.heading': 'Bilan du scénario',
  'totals.baseline': 'Référence',
  'totals.alternative': 'Option durable',
  'totals.avoided': 'Émissions évitées',
  'totals.increase': 'Hausse des émissions',
  'totals.reduction': 'soit {percent} de moins que la référence',
  'totals.reductionIncrease': 'soit {percent} de plus que la référence',

  'categories.heading': 'Par catégorie d’achat',
  'categories.caption': 'Émissions par catégorie d’achat, en tonnes de CO2e',
  'col.category': 'Catégorie',
  'col.lines': 'Lignes',
  'col.baseline': 'Référence',
  'col.alternative': 'Option durable',
  'col.avoided': 'Évitées',

  'lines.heading': 'Détail des lignes',
  'lines.explain': 'Comment ce chiffre est calculé',
  'lines.avoided': '{amount} évitées',
  'lines.increase': '{amount} en plus',
  'lines.baselineSide': 'Référence',
  'lines.alternativeSide': 'Option durable',
  'lines.formulaBaseline': 'Référence = q × Fb',
  'lines.formulaAlternative': 'Option durable = q × (1 − s) × Fb + q × s × (Lb / La) × Fa',
  'lines.quantity': 'Quantité (q)',
  'lines.share': 'Part basculée (s)',
  'lines.lifetimes': 'Durées de vie (Lb / La)',
  'lines.lifetimeYears': '{years} ans',
  'lines.lifetimeEqual': 'identiques (non précisées)',
  'lines.conversion': 'Conversion : 1 {from} = {multiplier} {to}',
  'lines.factor': 'Facteur',
  'lines.source': 'Source : {source}',
  'lines.sourceId': 'identifiant {id}',
  'lines.year': 'année {year}',
  'lines.uncertainty': 'incertitude ± {percent}',
  'lines.noUncertainty': 'incertitude non publiée',
  'lines.validUntil': 'validité jusqu’au {date}',
  'lines.licence': 'Licence : {licence}',
  'lines.scenarioFactor': 'facteur propre au scénario',
  'lines.tableFactor': 'table {table} {version}',
  'lines.reference': 'Pourquoi cette référence : {kind}',
  'lines.dataKind': 'Données : {kind}',
  'lines.result': 'Résultat',

  'dataKind.supplier-specific': 'spécifiques au fournisseur',
  'dataKind.average': 'moyennes (base de données)',
  'dataKind.spend-based': 'monétaires (ratio par euro dépensé)',

  'reference.previous-contract': 'marché précédent',
  'reference.market-average': 'moyenne du marché',
  'reference.regulatory-minimum': 'minimum réglementaire',
  'reference.other': 'autre',

  'warning.increase': 'Ce choix augmente les émissions selon ces facteurs.',
  'warning.spend-based-comparison':
    'Deux ratios monétaires ne distinguent pas un produit durable d’un produit classique : ce résultat ne dit rien de l’effet du choix.',

  'category.it': 'Informatique',
  'category.travel': 'Véhicules et déplacements',
  'category.energy': 'Électricité',
  'category.heating': 'Chauffage',
  'category.food': 'Restauration et alimentation',
  'category.paper': 'Papier et impression',
  'category.furniture': 'Mobilier',
  'category.construction': 'Construction',
  'category.textiles': 'Textiles',
  'category.cleaning': 'Produits d’entretien',
  'category.other': 'Autres',

  'unit.kg': 'kg',
  'unit.g': 'g',
  'unit.t': 't',
  'unit.kWh': 'kWh',
  'unit.MWh': 'MWh',
  'unit.GJ': 'GJ',
  'unit.km': 'km',
  'unit.pkm': 'passager·km',
  'unit.tkm': 't·km',
  'unit.L': 'L',
  'unit.m3': 'm³',
  'unit.m2': 'm²',
  'unit.EUR': '€ HT',
  'unit.kEUR': 'k€ HT',
  'unit.unit': 'unité(s)',
  'unit.meal': 'repas',

  'method.heading': 'Méthode et limites',
  'method.apart':
    'Les émissions évitées se déclarent à part : elles ne se retranchent jamais d’un bilan d’émissions (BEGES, scope 3) et ne sont pas une compensation.',
  'method.screening':
    'Ce sont des estimations de premier ordre (facteurs moyens, approche attributionnelle) : un potentiel, pas une mesure.',
  'method.truth':
    'Quand les facteurs officiels ne montrent aucun gain (papier recyclé, contrat d’électricité verte), l’outil le dit.',

  'footer.table': 'Facteurs : {title} — version {version}, publiée le {date}.',
  'footer.licence': 'Licence : {licence}',
  'footer.privacy': 'Aucune donnée ne quitte votre navigateur.',

  'error.heading': 'Le calcul n’a pas pu se faire',
} as const;

export type MessageKey = keyof typeof fr;
export type Catalogue = Record<MessageKey, string>;
