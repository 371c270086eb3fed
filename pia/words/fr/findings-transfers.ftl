# Constats sur les transferts internationaux (pia/findings/transfers.py) : titre, message, remède
# et référence juridique de chaque règle. Paramètres : $transfer (id), $recipient (id), $country
# (code) et, selon la règle, les valeurs qu'elle nomme.

TRF-001 = Transfert vers un pays tiers sans instrument de transfert utilisable
    .message = Le transfert « { $transfer } » ({ NAME($recipient) }, { LABEL("country", $country) }) { $state ->
        [no_tool] ne repose sur aucun instrument de transfert
        [unknown_tool] ne nomme aucun instrument de transfert (un renvoi aux « mesures nécessaires » décrites ailleurs n'en nomme aucun)
        [dpf_not_certified] repose sur le DPF, mais { NAME($recipient) } est consigné comme non certifié au titre de celui-ci
       *[other] repose sur l'instrument « { LABEL("transfer_tool", $tool) } », mais aucune décision d'adéquation de ce type ne couvre ce pays
    }. Sans décision d'adéquation ni garantie appropriée au sens de l'art. 46 RGPD, les données ne peuvent pas quitter l'EEE (art. 44 RGPD).
    .remedy = Nommer l'instrument du chapitre V sur lequel repose le transfert (p. ex. les clauses contractuelles types 2021/914 avec leur module) et le consigner ; à défaut, suspendre le transfert jusqu'à ce qu'un instrument soit en place.
    .reference = art. 44, 45(1) et 46(1) RGPD ; recommandations 01/2020 du CEPD, étape 2

TRF-002 = Destinataire hors de l'EEE sans transfert consigné
    .message = Le destinataire « { $recipient } » ({ NAME($recipient) }) traite des données { LABEL("country_in", $country) }, hors de l'EEE, mais aucun transfert vers lui n'est consigné. Tout transfert doit être connu et évalué ; un accès à distance depuis un pays tiers (p. ex. pour le support ou la maintenance) en est un.
    .remedy = Consigner le transfert vers ce destinataire (nature, catégories, instrument, garanties), y compris l'accès à distance par son personnel, ou corriger le pays du destinataire.
    .reference = art. 44 RGPD ; recommandations 01/2020 du CEPD, étape 1 (connaître ses transferts)

TRF-003 = Clauses contractuelles types sans leur module
    .message = Le transfert « { $transfer } » ({ NAME($recipient) }, { LABEL("country", $country) }) repose sur les clauses contractuelles types de 2021 sans préciser le module : c'est le module qui détermine les obligations de chaque partie, de sorte qu'on ne peut vérifier que les clauses correspondent aux rôles des parties.
    .remedy = Consigner le module des clauses contractuelles types qui correspond aux rôles des parties (2 : responsable du traitement à sous-traitant, 3 : sous-traitant à sous-traitant, ...).
    .reference = décision d'exécution (UE) 2021/914 de la Commission, annexe (modules un à quatre)

TRF-004 = Pas d'analyse d'impact du transfert pour un instrument de l'art. 46
    .message = Le transfert « { $transfer } » ({ NAME($recipient) }, { LABEL("country", $country) }) repose sur l'instrument « { LABEL("transfer_tool", $tool) } », mais une analyse d'impact du transfert { $state ->
        [not_done] est consignée comme non réalisée
       *[other] n'est pas consignée
    } : l'instrument ne protège les données que si le droit et la pratique du pays de destination permettent à l'importateur de tenir ses engagements.
    .remedy = Évaluer et documenter si le droit et la pratique du pays de destination permettent à l'importateur de respecter l'instrument (une analyse d'impact du transfert), et la consigner.
    .reference = clauses contractuelles types 2021/914, clause 14, points b) et d) ; recommandations 01/2020 du CEPD, étape 3

TRF-005 = Données lisibles envoyées là où l'accès des autorités publiques est élevé, sans mesures supplémentaires
    .message = Le transfert « { $transfer } » ({ NAME($recipient) }, { LABEL("country", $country) }) envoie des données { $data_protection ->
        [clear_text] en clair
        [encrypted_keys_with_recipient] chiffrées avec des clés que détient l'importateur
       *[other] que l'importateur pourrait être en mesure de lire (non consigné)
    } vers un pays dont la base de connaissances juge l'accès des autorités publiques élevé, sans mesure supplémentaire consignée : lorsque l'importateur peut lire les données, le CEPD ne voit aucune garantie technique efficace.
    .remedy = Rendre les données illisibles pour l'importateur (chiffrement avec des clés conservées dans l'EEE, pseudonymisation) et consigner les mesures supplémentaires ; si aucune mesure n'est efficace, ne pas transférer.
    .reference = recommandations 01/2020 du CEPD, étape 4 et annexe 2, cas d'usage 6 et 7

TRF-006 = Dérogation de l'art. 49 invoquée pour un transfert systématique
    .message = Le transfert « { $transfer } » ({ NAME($recipient) }, { LABEL("country", $country) }) repose sur une dérogation de l'art. 49 RGPD, mais il est continu ({ LABEL("transfer_kind", $kind) } par un { LABEL("recipient_role", $role) }) : les dérogations sont des exceptions réservées aux transferts occasionnels, non aux transferts structurels.
    .remedy = Mettre en place un instrument de l'art. 46 (p. ex. les clauses contractuelles types 2021/914) avec une analyse d'impact du transfert ; les dérogations sont réservées aux transferts occasionnels.
    .reference = art. 49(1) RGPD ; lignes directrices 2/2018 du CEPD relatives aux dérogations prévues à l'article 49

TRF-007 = Pas de date de réévaluation pour un transfert
    .message = Le transfert « { $transfer } » ({ NAME($recipient) }, { LABEL("country", $country) }) n'a pas de date de réévaluation : le droit et la pratique du pays de destination peuvent changer, et rien ne dit quand l'évaluation sera revue.
    .remedy = Consigner quand le transfert sera réévalué (une date ou une périodicité) et qui suit l'évolution dans le pays de destination.
    .reference = recommandations 01/2020 du CEPD, étape 6

TRF-009 = Sous-traitant dans l'EEE dont la société mère relève d'une loi de pays tiers à portée extraterritoriale
    .message = Le destinataire « { $recipient } » ({ NAME($recipient) }) traite des données { LABEL("country_in", $country) }, mais sa société mère, établie { LABEL("country_in", $parent_country) }, relève d'un droit de pays tiers qui peut obliger le groupe à remettre des données, où qu'elles soient stockées : { LABELS("parent_law", $laws) }. Ce n'est pas en soi un transfert, mais l'exposition doit être évaluée avant de recourir à ce sous-traitant.
    .remedy = Évaluer l'exposition (ce que la loi permet aux autorités d'exiger, ce à quoi le sous-traitant s'engage) et rendre les données illisibles pour le groupe, p. ex. par un chiffrement dont les clés restent dans l'EEE ; consigner le résultat comme un risque avec ses mesures.
    .reference = lignes directrices 05/2021 du CEPD sur l'interaction entre l'article 3 et le chapitre V (version 2.0), exemple 12 ; art. 28(1) RGPD

parent_law =
    .us_cloud_act = le CLOUD Act (18 U.S.C. §2713)
    .us_fisa_702 = la section 702 du FISA (50 U.S.C. §1881a)
    .cn_national_intelligence_law = la loi sur le renseignement national de la République populaire de Chine (2017), art. 7

TRF-010 = Pays du transfert différent de celui de son destinataire dans l'EEE
    .message = Le transfert « { $transfer } » ({ NAME($recipient) }, { LABEL("country", $country) }) va vers un autre pays que celui de son destinataire « { $recipient } », consigné { LABEL("country_in", $recipient_country) }, dans l'EEE : soit le pays est erroné, soit quelqu'un d'autre y reçoit les données.
    .remedy = Corriger le pays du transfert ou celui du destinataire, ou consigner le destinataire qui reçoit réellement les données dans ce pays ou y a accès (p. ex. un sous-traitant ultérieur).
    .reference = art. 30(1)(e) RGPD ; recommandations 01/2020 du CEPD, étape 1

TRF-011 = Transfert vers les États-Unis sur la base du cadre de protection des données sans certification consignée
    .message = Le transfert « { $transfer } » ({ NAME($recipient) }, { LABEL("country", $country) }) repose sur le cadre de protection des données UE-États-Unis (DPF), mais il n'est pas consigné si { NAME($recipient) } est certifié au titre de celui-ci : la décision d'adéquation ne couvre que les organisations inscrites sur la liste du DPF, pour les données que couvre leur certification.
    .remedy = Vérifier sur la liste du DPF (dataprivacyframework.gov) que le destinataire est activement certifié pour les données concernées, et consigner `dpf_certified` ; à défaut, mettre en place un instrument de l'art. 46 RGPD (p. ex. les clauses contractuelles types 2021/914).
    .reference = art. 45(1) RGPD ; décision d'exécution (UE) 2023/1795 de la Commission du 10 juillet 2023 (cadre de protection des données UE-États-Unis)

TRF-012 = Destinataire certifié au titre du DPF, mais le transfert ne nomme aucun instrument
    .message = Le transfert « { $transfer } » ({ NAME($recipient) }, { LABEL("country", $country) }) consigne que { NAME($recipient) } est certifié au titre du cadre de protection des données UE-États-Unis, mais l'instrument de transfert { $tool ->
        [none] est consigné comme « aucun »
       *[other] n'est pas consigné
    } : la décision d'adéquation relative au DPF est alors l'instrument de transfert (art. 45 RGPD), et le registre devrait le dire.
    .remedy = Consigner `dpf` comme instrument de transfert (art. 45 RGPD), ou l'instrument de l'art. 46 RGPD sur lequel le transfert repose réellement.
    .reference = art. 45(1) RGPD ; décision d'exécution (UE) 2023/1795 de la Commission du 10 juillet 2023 (cadre de protection des données UE-États-Unis)
