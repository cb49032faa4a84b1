import { describe, expect, it } from "vitest";
import { CATEGORIES } from "./categories";

// The user guide, section 1.A, as it prints it: 59 categories and the 4 groupements, « code label » on each line.
const GUIDE = `
101 Centre Hospitalier Régional (C.H.R.)
106 Centre hospitalier, ex Hôpital local
109 Etablissement de santé privé autorisé en SSR
114 Hôpital des armées
122 Etablissement Soins Obstétriques Chirurgico-Gynécologiques
127 Hospitalisation à Domicile
128 Etablissement de Soins Chirurgicaux
129 Etablissement de Soins Médicaux
131 Centre de Lutte Contre Cancer
141 Centre de dialyse
146 Structure d'Alternative à la dialyse en centre
156 Centre Médico-Psychologique (C.M.P.)
161 Maison de Santé pour Maladies Mentales
178 Ctre.Accueil/ Accomp.Réduc.Risq.Usag. Drogues (C.A.A.R.U.D.)
180 Lits Halte Soins Santé (L.H.S.S.)
183 Institut Médico-Educatif (I.M.E.)
186 Institut Thérapeutique Éducatif et Pédagogique (I.T.E.P.)
188 Etablissement pour Enfants ou Adolescents Polyhandicapés
189 Centre Médico-Psycho-Pédagogique (C.M.P.P.)
190 Centre Action Médico-Sociale Précoce (C.A.M.S.P.)
192 Institut d'éducation motrice
194 Institut pour Déficients Visuels
195 Institut pour Déficients Auditifs
196 Institut d'Education Sensorielle Sourd/Aveugle
197 Centre soins accompagnement prévention addictologie (CSAPA)
198 Centre de Pré orientation pour Handicapés
202 Résidences autonomie
213 Lits d'Accueil Médicalisés (L.A.M.)
238 Centre d'Accueil Familial Spécialisé
246 Etablissement et Service d'Aide par le Travail (E.S.A.T.)
249 Centre Rééducation Professionnelle
252 Foyer Hébergement Adultes Handicapés
253 Foyer d'Accueil Polyvalent pour Adultes Handicapés
255 Maison d'Accueil Spécialisée (M.A.S.)
292 Centre Hospitalier Spécialisé lutte Maladies Mentales
354 Service de Soins Infirmiers A Domicile (S.S.I.A.D)
355 Centre Hospitalier (C.H.)
362 Etablissement de Soins Longue Durée
365 Etablissement de Soins Pluridisciplinaire
370 Etablissement Expérimental pour personnes handicapées
377 Etablissement Expérimental pour Enfance Handicapée
379 Etablissement Expérimental pour Adultes Handicapés
382 Foyer de Vie pour Adultes Handicapés
390 Etablissement d'Accueil Temporaire d'Enfants Handicapés
395 Etablissement d'Accueil Temporaire pour Adultes Handicapés
396 Foyer Hébergement Enfants et Adolescents Handicapés
412 Appartement Thérapeutique
425 Centre d'Accueil Thérapeutique à temps partiel (C.A.T.T.P.)
430 Centre Postcure Malades Mentaux
433 Etablissement Sanitaire des Prisons
437 Foyer d'Accueil Médicalisé pour Adultes Handicapés (F.A.M.)
444 Centre Crise Accueil Permanent
445 Service d'accompagnement médico-social adultes handicapés
446 Service d'Accompagnement à la Vie Sociale (S.A.V.S.)
448 Etab.Acc.Médicalisé en tout ou partie personnes handicapées
449 Etab. Accueil Non Médicalisé pour personnes handicapées
500 Etablissement d'hébergement pour personnes âgées dépendantes
501 EHPA percevant des crédits d'assurance maladie
502 EHPA ne percevant pas des crédits d'assurance maladie
696 Groupement de coopération sanitaire de moyens
697 Groupement de coopération sanitaire Etablissement de santé
698 Autre Etablissement Loi Hospitalière
699 Entité Ayant Autorisation
`;

const guide = GUIDE.trim()
  .split("\n")
  .map((line) => [line.slice(0, 3), line.slice(4)] as const);

describe("seeded categories", () => {
  it("are eligible for exactly the guide's 63 codes, each with the guide's label verbatim", () => {
    expect(guide).toHaveLength(63);
    expect(CATEGORIES.filter((c) => c.eligible).map((c) => [c.code, c.label])).toEqual(guide);
  });

  it("name the other categories as the official nomenclature does, so no two codes share a label", () => {
    expect(CATEGORIES.find((c) => c.code === "462")).toEqual({ code: "462", label: "Lieux de Vie et d’Accueil", eligible: false });
    expect(CATEGORIES.find((c) => c.code === "213")?.label).toBe("Lits d'Accueil Médicalisés (L.A.M.)");
    expect(CATEGORIES.find((c) => c.code === "620")).toMatchObject({ label: "Pharmacie d'Officine", eligible: false });
    expect(new Set(CATEGORIES.map((c) => c.label)).size).toBe(CATEGORIES.length);
  });

  it("have unique 3-digit codes", () => {
    expect(new Set(CATEGORIES.map((c) => c.code)).size).toBe(CATEGORIES.length);
    for (const c of CATEGORIES) expect(c.code).toMatch(/^\d{3}$/);
  });
});
