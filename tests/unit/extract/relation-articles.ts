// Hand-written test articles (French and English) for the relation rules: appositions, relative
// clauses, joint ventures, participles, plants named after their operator, lower-case brands.

export const EN_KIA = `Kia adds a model in Slovakia
Published 2024-05-14 by Test desk

Hyundai, the South Korean carmaker, has raised its stake in its battery supplier to 30%. Mobis will deliver modules for the Kia EV3 assembled at the Žilina plant in Slovakia. Marc Dubreuil, chief executive of the Kia brand, said costs would fall. Separately, Kia, a subsidiary of Hyundai, will produce the Syros at its Žilina plant.
`;

export const EN_NISSAN = `Nissan bets on Sunderland
Published 2024-07-02 by Test desk

AESC, the battery maker controlled by Envision, will supply cells for the Nissan Leaf built at the Sunderland plant in England. Nissan, a member of the Renault-Nissan-Mitsubishi Alliance, will build the Ariya at its Sunderland plant. The Sunderland plant already produces the Micra for European buyers.
`;

export const EN_TESLA = `Tesla and CATL in Germany
Published 2024-09-20 by Test desk

CATL, the Chinese battery giant, runs a gigafactory in Arnstadt, Germany. Tesla will assemble the Model Y at its Grünheide plant in Brandenburg, where the Model 3 is not built. CATL competes with LG Energy Solution and with Northvolt, which operates a plant in Skellefteå, Sweden.
`;

export const FR_JV = `Batteries : une coentreprise pour Stellantis
Publié le 03/04/2024 par Rédaction test

Northvolt est en concurrence avec NeoCell, la coentreprise de Stellantis, Saft et TotalEnergies, qui exploite déjà une usine à Pontvert. Renault, actionnaire de Verkor, achètera ses cellules à Dunkerque. Les ventes de citroën progressent dans le nord, au printemps.
`;

export const FR_SKODA = `Škoda accélère en Tchéquie
Publié le 5 juin 2024 par Rédaction test

Škoda, une marque de Volkswagen, produira la Elroq dans son usine de Mladá Boleslav. Thomas Schäfer, le patron de la marque Volkswagen, a salué le projet. Gotion fournira des cellules pour la Volkswagen ID.3 produite à l'usine de Zwickau en Saxe.
`;
