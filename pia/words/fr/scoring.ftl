# Les mots des scores (pia/scoring) : facteurs (`factor-<code>` : nom, .reason, .reference), les
# contrôles (`check-<key>`), les titres des éléments évalués (`item_title-<kind>`) et les lacunes
# que les facteurs énumèrent.

## Lacunes qu'un facteur énumère (groupes de libellés)

purpose_gap =
    .objection = aucun moyen de s'opposer n'est consigné
    .objection_channel = où et comment les personnes s'opposent n'est pas consigné
    .objection_as_easy_as_collection = il n'est pas consigné que s'opposer est aussi simple que fournir les données
    .objection_as_easy_as_collection_no = s'opposer est, selon ce qui est consigné, plus difficile que fournir les données
    .objection_brought_to_attention = il n'est pas consigné que le droit d'opposition est présenté clairement et séparément
    .objection_brought_to_attention_no = le droit d'opposition n'est, selon ce qui est consigné, pas présenté clairement et séparément
    .consent = la manière d'obtenir, de prouver et de retirer le consentement n'est pas consignée
    .consent_records_kept = la preuve du consentement n'est pas consignée
    .consent_records_kept_no = la preuve du consentement n'est, selon ce qui est consigné, pas conservée
    .consent_granular = il n'est pas consigné que le consentement est demandé séparément pour chaque finalité
    .consent_granular_no = le consentement n'est, selon ce qui est consigné, pas demandé séparément pour chaque finalité
    .consent_withdrawal_path = la manière de retirer le consentement n'est pas consignée
    .soft_opt_in = l'exception « soft opt-in » pour les clients existants n'est pas consignée
    .soft_opt_in_details_from_sale = il n'est pas consigné que l'adresse ou le numéro a été obtenu du client lui-même lors d'une vente
    .soft_opt_in_details_from_sale_no = la condition que l'adresse ou le numéro ait été obtenu du client lui-même lors d'une vente n'est, selon ce qui est consigné, pas remplie
    .soft_opt_in_own_similar_products = il n'est pas consigné que la publicité porte uniquement sur des produits similaires de l'expéditeur
    .soft_opt_in_own_similar_products_no = la condition que la publicité porte uniquement sur des produits similaires de l'expéditeur n'est, selon ce qui est consigné, pas remplie
    .soft_opt_in_objection_at_collection = il n'est pas consigné qu'un moyen gratuit et simple de s'opposer a été offert lors de la collecte
    .soft_opt_in_objection_at_collection_no = la condition qu'un moyen gratuit et simple de s'opposer ait été offert lors de la collecte n'est, selon ce qui est consigné, pas remplie
    .soft_opt_in_objection_in_each_message = il n'est pas consigné que chaque message offre un moyen gratuit et simple de s'opposer
    .soft_opt_in_objection_in_each_message_no = la condition que chaque message offre un moyen gratuit et simple de s'opposer n'est, selon ce qui est consigné, pas remplie
    .data_subjects = elle concerne aussi des personnes qui ne sont pas clientes, que le « soft opt-in » ne couvre pas
    .withdrawal_called_objection = le retrait est appelé une opposition

archive_gap =
    .archive = l'archive (sa durée, son fondement et son accès) n'est pas consignée
    .archive_period = la durée pendant laquelle l'archive conserve les données n'est pas consignée
    .archive_ground = la raison pour laquelle les données sont conservées après l'utilisation active n'est pas consignée
    .archive_ground_other = le fondement consigné pour les conserver n'est aucun de ceux que nomme le RGPD (une obligation légale, la constatation, l'exercice ou la défense de droits en justice, l'archivage dans l'intérêt public)
    .archive_access_restricted = il n'est pas consigné que l'accès à l'archive est limité aux personnes spécifiquement habilitées
    .archive_access_restricted_no = l'accès à l'archive n'est, selon ce qui est consigné, pas limité aux personnes spécifiquement habilitées

## Facteurs d'une finalité

factor-sensitive_data = Données sensibles utilisées
    .reason = La finalité utilise « { NAME($category) } » ({ $category }), consignée comme { $sensitivity ->
        [highly_personal] données à caractère hautement personnel
        [special_category] catégorie particulière de données (art. 9)
       *[other] données relatives aux condamnations pénales et aux infractions (art. 10)
    }.
    .reference = { $sensitivity ->
        [highly_personal] WP248 rév.01, critère 4 (données sensibles ou données à caractère hautement personnel)
        [special_category] art. 9(1) RGPD ; WP248 rév.01, critère 4
       *[other] art. 10 RGPD ; WP248 rév.01, critère 4
    }

factor-profiling = Profilage et données déduites
    .reason = { $profiling ->
        [true] Elle profile des personnes (évalue des aspects personnels les concernant)
       *[other] Elle utilise des données que le responsable du traitement déduit au sujet des personnes
    }{ $inferred ->
        [none] {""}
       *[other] ; catégories déduites : { NAMES($inferred) }
    }. Un profil en dit plus sur une personne que ce qu'elle a fourni, et peut être erroné.
    .reference = art. 4(4) RGPD ; lignes directrices du groupe de travail « article 29 » relatives à la prise de décision individuelle automatisée et au profilage (WP251 rév.01) ; WP248 rév.01, critère 1

factor-other_companies = Données provenant d'autres entreprises
    .reason = Elle combine des données obtenues d'autres entreprises ({ NAMES($sources) }) avec les siennes, au-delà de ce que les personnes pouvaient attendre en fournissant leurs données.
    .reference = WP248 rév.01, critère 6 (croisement ou combinaison d'ensembles de données) ; art. 14 RGPD

factor-vulnerable_people = Personnes vulnérables concernées
    .reason = Elle concerne des personnes vulnérables ou dépendantes ({ NAMES($groups) }), qui peuvent moins facilement refuser, s'opposer ou défendre leurs droits.
    .reference = WP248 rév.01, critère 7 ; considérant 75 RGPD

factor-severity_ceiling = Plafond : ni données particulières, ni personnes vulnérables
    .reason = Sans données de catégorie particulière ou pénales et sans personnes vulnérables, le préjudice est maintenu à « important » : la CNIL réserve « maximal » aux conséquences dont les personnes pourraient ne jamais se remettre, et place la publicité ciblée ordinaire à « négligeable ».
    .reference = base de connaissances PIA de la CNIL (2018), niveaux de gravité PIA_EX_IMPN à PIA_EX_IMPM ; étalonnage du classeur

factor-personalised_ads_without_consent = Publicité personnalisée sans consentement
    .reason = Elle profile des personnes à des fins publicitaires mais ne repose pas sur le consentement ; elle repose sur : { LABELS("legal_basis", $bases) }. Un tel profilage est rarement licite sans consentement.
    .reference = lignes directrices 8/2020 du CEPD sur le ciblage des utilisateurs de médias sociaux ; CJUE, C-252/21, Meta Platforms c. Bundeskartellamt (4 juillet 2023) ; avis 06/2014 du groupe de travail « article 29 » sur la notion d'intérêt légitime (WP217)

factor-profiling_without_consent = Profilage sans consentement
    .reason = Elle profile des personnes sur la base suivante : { LABELS("legal_basis", $bases) }, sans consentement ; il faut alors démontrer que le profilage est nécessaire et ne prévaut pas sur les intérêts des personnes.
    .reference = art. 6(1) et 21(1) RGPD ; avis 06/2014 du groupe de travail « article 29 » sur la notion d'intérêt légitime (WP217)

factor-interest_test_open = Test de l'intérêt légitime non réussi
    .reason = Elle repose sur l'intérêt légitime, mais { $recorded ->
        [true] le test en trois étapes n'est pas réussi pour : { LABELS("interest_step", $steps) }
       *[other] aucune évaluation de l'intérêt légitime n'est consignée
    } ; rien ne montre que l'intérêt est réel, le traitement nécessaire et que les intérêts des personnes ne prévalent pas.
    .reference = art. 6(1)(f) RGPD ; lignes directrices 1/2024 du CEPD sur le traitement de données à caractère personnel fondé sur l'article 6, paragraphe 1, point f), du RGPD

factor-objection_not_easy = Opposition à la prospection non aisée ou non présentée
    .reason = C'est de la prospection sur la base suivante : { LABELS("legal_basis", $bases) }, mais { LABELS("purpose_gap", $gaps) }. Les personnes peuvent s'opposer à tout moment, sans motif, et doivent en être explicitement informées.
    .reference = art. 21(2) à 21(4) RGPD

factor-consent_not_shown = Consentement non démontrable, non spécifique ou non retirable
    .reason = Elle repose sur le consentement, mais { LABELS("purpose_gap", $gaps) } : un consentement dont la validité ne peut être démontrée n'est pas une base juridique.
    .reference = art. 7(1) à 7(3) et 4(11) RGPD

factor-withdrawal_called_objection = Retrait du consentement présenté comme une opposition
    .reason = L'information appelle « opposition » le retrait du consentement. Les personnes peuvent alors croire qu'elles doivent se justifier ou que le responsable du traitement peut refuser, alors que le retrait est inconditionnel et aussi simple que le consentement.
    .reference = art. 7(3) RGPD (retrait) et art. 21 RGPD (opposition) : deux droits distincts

factor-electronic_marketing_without_consent = Publicité par courrier électronique ou SMS sans consentement
    .reason = Elle fait de la publicité par { LABELS("channel", $channels) } et { $consent ->
        [true] en fonde une partie sur une autre base que le consentement
       *[other] ne repose pas sur le consentement
    } ({ LABELS("legal_basis", $bases) }). La publicité par courrier électronique ou SMS exige un consentement préalable ; { $gaps ->
        [none] l'exception « soft opt-in » (clients existants, produits similaires de l'expéditeur, opposition offerte lors de la collecte et dans chaque message) n'est pas consignée
       *[other] le « soft opt-in » est consigné, mais { LABELS("purpose_gap", $gaps) }
    }.
    .reference = { $gaps ->
        [none] Code de droit économique, art. XII.13 ; arrêté royal du 4 avril 2003 (soft opt-in) ; directive 2002/58/CE, art. 13
       *[other] directive 2002/58/CE, art. 13(2) ; Code de droit économique, art. XII.13, et arrêté royal du 4 avril 2003, art. 1er, 1°
    }

factor-special_categories_without_exception = Données de catégorie particulière sans exception de l'art. 9(2)
    .reason = Elle utilise des catégories particulières de données ({ NAMES($categories) }), que l'art. 9(1) interdit sauf si une exception de l'art. 9(2) s'applique, et aucune n'est consignée.
    .reference = art. 9(1) et 9(2) RGPD

factor-undeclared = Catégories de données non communiquées aux personnes
    .reason = Elle utilise { $n ->
        [one] une catégorie de données
       *[other] { $n } catégories de données
    } dont les personnes ne sont pas informées ({ NAMES($categories) }) : elles ne peuvent ni prévoir le traitement ni y exercer leurs droits.
    .reference = art. 5(1)(a), 13(1)(c) et 14(1)(d) RGPD

factor-art14_missing = Données d'autres sources sans information de l'art. 14
    .reason = Elle utilise des données qui n'ont pas été obtenues auprès des personnes elles-mêmes ({ NAMES($sources) }), et l'information de l'art. 14, source comprise, { $informed ->
        [false] n'est, selon ce qui est consigné, pas fournie
       *[other] n'est pas consignée comme fournie
    } : les personnes peuvent ignorer que le responsable du traitement détient ces données.
    .reference = art. 14(1) et 14(2) RGPD, y compris l'art. 14(2)(f) (la source)

factor-large_scale = Grande échelle
    .reason = Selon l'analyse préalable, la finalité est mise en œuvre à grande échelle : toute faiblesse touche de nombreuses personnes.
    .reference = WP248 rév.01, critère 5 (grande échelle), lu comme dans l'analyse préalable

factor-scale_unknown = Nombre de personnes non consigné
    .reason = Le nombre de personnes concernées n'est pas consigné ({ NAMES($groups) }), et les autres indices de grande échelle ne vont pas dans ce sens ; l'échelle n'ajoute donc rien.
    .reference = WP248 rév.01, critère 5 (grande échelle), lu comme dans l'analyse préalable

factor-safeguards_recorded = Garanties liées à la base juridique consignées
    .reason = Garanties consignées : { $consent ->
        [true] le consentement est démontrable, spécifique et facile à retirer{ $interest ->
            [true] {" "}et le test en trois étapes de l'intérêt légitime est réussi
           *[other] {""}
        }
       *[other] le test en trois étapes de l'intérêt légitime est réussi
    }.
    .reference = art. 7(1) à 7(3) et 4(11) RGPD ; art. 6(1)(f) RGPD ; lignes directrices 1/2024 du CEPD sur le traitement de données à caractère personnel fondé sur l'article 6, paragraphe 1, point f), du RGPD

## Facteurs d'un transfert ou d'une exposition

scoring-transfer = { $recorded ->
        [true] le transfert
       *[other] le transfert non consigné
    } vers { NAME($recipient) } { LABEL("country_in", $country) }
scoring-transfer_start = { $recorded ->
        [true] Le transfert
       *[other] Le transfert non consigné
    } vers { NAME($recipient) } { LABEL("country_in", $country) }
scoring-assumed = { $assumed ->
        [recipient] Le transfert ne mentionne aucune catégorie ; celles du destinataire sont utilisées.{" "}
        [assessment] Catégories non consignées ; toutes les catégories de l'analyse sont supposées.{" "}
       *[other] {""}
    }
-edpb-01-2020 = recommandations 01/2020 du CEPD (v2.0)

factor-dpf_uncertain = Certification DPF non consignée
    .reason = { scoring-transfer_start } repose sur le cadre de protection des données UE–États-Unis, qui ne couvre que les organisations certifiées sur la liste du DPF ; il n'est pas consigné si { NAME($recipient) } est certifié pour ces données.
    .reference = art. 45(1) RGPD ; décision d'exécution (UE) 2023/1795 de la Commission du 10 juillet 2023 (cadre de protection des données UE–États-Unis)

factor-no_adequacy = Pas de décision d'adéquation
    .reason = Aucune décision d'adéquation ne couvre { scoring-transfer }{ $partial ->
        [true] {" "}(la décision d'adéquation pour ce pays ne couvre que certains destinataires ou certaines données)
       *[other] {""}
    }.
    .reference = art. 45(1) RGPD ; { -edpb-01-2020 }, étape 2

factor-no_tia = Pas d'analyse d'impact du transfert
    .reason = Le droit et la pratique { LABEL("country_in", $country) } permettent-ils à l'importateur de tenir ses engagements ? L'analyse { $done ->
        [false] indique que la question n'a pas été évaluée
       *[other] ne dit pas si la question a été évaluée
    }.
    .reference = { -edpb-01-2020 }, étape 3 ; clauses contractuelles types 2021/914, clause 14, points b) et d)

factor-access_high = Accès des autorités publiques : élevé
    .reason = La base de connaissances juge élevé l'accès des autorités publiques { LABEL("country_in", $country) }, au regard des garanties essentielles européennes ({ $grounds ->
        [one] un motif consigné
       *[other] { $grounds } motifs consignés
    }).
    .reference = { -edpb-01-2020 }, étape 3 ; recommandations 02/2020 du CEPD relatives aux garanties essentielles européennes ; { $source }

factor-readable = Données lisibles par l'importateur
    .reason = { $protection ->
        [clear_text] Les données parviennent en clair à { NAME($recipient) }
        [encrypted_keys_with_recipient] { NAME($recipient) } détient les clés des données
       *[other] L'analyse ne dit pas si { NAME($recipient) } peut lire les données
    }, et l'accès des autorités publiques y est jugé { $level ->
        [high] élevé
       *[other] moyen
    } : lorsque l'importateur peut lire les données, le CEPD ne voit aucune mesure technique efficace.
    .reference = { -edpb-01-2020 }, étape 4 et annexe 2, cas d'utilisation 6 et 7

factor-pseudonymised = Pseudonymisées
    .reason = Les données parviennent pseudonymisées à { NAME($recipient) }, de sorte que l'importateur ne peut pas les lire par lui-même.
    .reference = { -edpb-01-2020 }, annexe 2, cas d'utilisation 2

factor-keys_in_eea = Clés détenues dans l'EEE
    .reason = Les données parviennent chiffrées à { NAME($recipient) }, les clés étant détenues dans l'EEE, de sorte que l'importateur ne peut pas les lire par lui-même.
    .reference = { -edpb-01-2020 }, annexe 2, cas d'utilisation 1

factor-supplementary_measures = Mesures supplémentaires
    .reason = Des mesures supplémentaires sont consignées pour { scoring-transfer } : { LIST($measures) }.
    .reference = { -edpb-01-2020 }, étape 4

factor-no_tool = Pas d'outil de transfert
    .reason = { scoring-transfer_start } { $tool ->
        [none] ne repose sur aucun instrument du chapitre V
       *[other] repose sur un instrument que l'analyse ne nomme pas (un renvoi aux « mesures nécessaires » décrites ailleurs n'en nomme aucun)
    }.
    .reference = art. 44 et 46(1) RGPD ; { -edpb-01-2020 }, étape 2

factor-tool_not_applicable = L'outil de transfert ne s'applique pas
    .reason = { scoring-transfer_start } repose sur l'instrument « { LABEL("transfer_tool", $tool) } », mais { $uncertified ->
        [true] { NAME($recipient) } n'est, selon ce qui est consigné, pas certifié dans ce cadre
       *[other] aucune décision d'adéquation de ce type ne couvre cette destination
    }.
    .reference = art. 45(1) RGPD ; art. 44 et 46(1) RGPD ; { -edpb-01-2020 }, étape 2

factor-art49_systematic = Dérogation de l'art. 49 pour un transfert systématique
    .reason = { scoring-transfer_start } est continu (stockage, accès à distance ou travail d'un sous-traitant), mais les dérogations de l'art. 49 ne couvrent que les transferts occasionnels.
    .reference = art. 49(1) RGPD ; lignes directrices 2/2018 du CEPD relatives aux dérogations prévues à l'article 49 du règlement (UE) 2016/679

factor-art49 = Dérogation de l'art. 49
    .reason = { scoring-transfer_start } repose sur une dérogation de l'art. 49, une exception d'interprétation stricte ; le modèle ne consigne aucune fréquence montrant que le transfert est occasionnel.
    .reference = art. 49(1) RGPD ; lignes directrices 2/2018 du CEPD relatives aux dérogations prévues à l'article 49 du règlement (UE) 2016/679

factor-special_or_criminal = Données de catégorie particulière ou pénales
    .reason = { scoring-assumed }La catégorie la plus sensible concernée est « { NAME($category) } » ({ $category }) ; sensibilité consignée : { LABEL("sensitivity", $sensitivity) }.
    .reference = art. 9(1) et 10 RGPD ; WP248 rév.01, critère 4

factor-highly_personal = Données à caractère hautement personnel
    .reason = { scoring-assumed }La catégorie la plus sensible concernée est « { NAME($category) } » ({ $category }) ; sensibilité consignée : { LABEL("sensitivity", $sensitivity) }.
    .reference = WP248 rév.01, critère 4 (données à caractère hautement personnel)

factor-profiles = Profils ou comportements
    .reason = { scoring-assumed }Des profils ou des données comportementales sont concernés ({ NAMES($categories) }) : ils révèlent des habitudes et des intérêts que des autorités publiques pourraient exploiter.
    .reference = art. 4(4) RGPD ; WP248 rév.01, critère 1 (évaluation ou notation)

factor-parent_law = Droit étranger par l'intermédiaire de la société mère
    .reason = { NAME($recipient) } traite les données { LABEL("country_in", $country) }, mais sa société mère est établie { LABEL("country_in", $parent) } : { LIST($laws) } peut obliger le groupe à remettre des données qu'il détient, où qu'elles soient stockées.
    .reference = lignes directrices 05/2021 du CEPD sur l'interaction entre l'application de l'article 3 et les dispositions relatives aux transferts internationaux du chapitre V du RGPD (v2.0), exemple 12 ; art. 28(1) RGPD ; { LIST($laws) }

factor-exposure_keys_in_eea = Chiffrées, clés dans l'EEE
    .reason = Un transfert pour { NAME($recipient) } ({ $transfer }) consigne que les données sont chiffrées avec les clés détenues dans l'EEE, de sorte qu'une injonction adressée au groupe ne livre aucune donnée lisible.
    .reference = { -edpb-01-2020 }, annexe 2, cas d'utilisation 1

## Facteurs d'une règle de conservation (ou d'un groupe qu'aucune règle ne couvre)

scoring-kept_assumed = { $assumed ->
        [none] {""}
       *[other] {" "}({ $covered ->
            [true] la règle ne mentionne aucune catégorie de données ; sont donc supposées
           *[other] aucune règle ne les couvre ; sont donc supposées
        } { $assumed ->
            [purposes] celles de ses finalités
            [people] celles des finalités qui concernent ses personnes
            [identity] les pièces d'identité consignées dans l'analyse
           *[other] toutes les catégories de l'analyse
        })
    }

factor-most_sensitive_kept = Données conservées les plus sensibles
    .reason = Les données conservées les plus sensibles sont « { NAME($category) } » ({ $category }), { $sensitivity ->
        [highly_personal] des données à caractère hautement personnel
        [special_category] une catégorie particulière de données (art. 9)
       *[other] des données relatives aux condamnations pénales et aux infractions (art. 10)
    }{ scoring-kept_assumed }.
    .reference = art. 9(1) et 10 RGPD ; WP248 rév.01, critère 4

factor-id_documents_kept = Pièces d'identité conservées
    .reason = { $categories ->
        [none] Les personnes qui exercent leurs droits doivent envoyer une preuve d'identité ({ $documents ->
            [none] comme consigné
           *[other] { LIST($documents) }
        }), et cette conservation la couvre
       *[other] Des pièces ou numéros d'identité sont conservés ({ NAMES($categories) }){ scoring-kept_assumed }
    } ; une copie permet l'usurpation d'identité.
    .reference = art. 5(1)(c) et 87 RGPD ; WP248 rév.01, critère 4 (documents personnels)

factor-profiles_kept = Profils ou données déduites conservés
    .reason = Des profils ou des données déduites sont conservés ({ NAMES($categories) }){ scoring-kept_assumed } : des prédictions sur une personne qui peuvent être erronées et survivre à leur utilité.
    .reference = art. 4(4) RGPD ; WP248 rév.01, critère 1

factor-no_period = Pas de durée
    .reason = { $rule ->
        [none] Aucune règle de conservation ne couvre : { LABELS("retention_group", $groups) } ({ scoring-expected }) ; aucune durée n'est donc fixée.
       *[other] La règle { $rule } ne fixe aucune durée de conservation pour : { LABELS("retention_group", $groups) }.
    }
    .reference = art. 5(1)(e), 13(2)(a), 14(2)(a) et 30(1)(f) RGPD

factor-no_trigger = Pas d'événement de départ
    .reason = { $rule ->
        [none] Aucune règle de conservation ne couvre : { LABELS("retention_group", $groups) } ({ scoring-expected }) ; rien ne fait donc courir une durée.
       *[other] La règle { $rule } ne dit pas quel événement fait courir sa durée.
    }
    .reference = art. 5(1)(e) et 13(2)(a) RGPD (les critères utilisés pour déterminer la durée)

factor-no_justification = Pas de justification
    .reason = { $rule ->
        [none] Aucune règle de conservation ne couvre : { LABELS("retention_group", $groups) } ({ scoring-expected }) ; aucune durée n'est donc justifiée.
       *[other] La règle { $rule } ne dit pas pourquoi sa durée est nécessaire.
    }
    .reference = art. 5(1)(e) et 5(2) RGPD, considérant 39

factor-no_deletion = Mode d'effacement inconnu
    .reason = { $rule ->
        [none] Aucune règle de conservation ne couvre : { LABELS("retention_group", $groups) } ({ scoring-expected }) ; rien ne dit donc comment leurs données sont effacées.
       *[other] La règle { $rule } ne dit pas comment les données sont effacées à la fin.
    }
    .reference = art. 5(1)(e) et 17(1)(a) RGPD, considérant 39

factor-trigger_impossible = L'événement de départ ne peut pas survenir
    .reason = La règle { $rule } fait courir sa durée à partir de « { $trigger } » ({ LIST($words) }), un événement qui ne survient jamais pour : { LABELS("retention_group", $groups) }, qui n'ont pas de contrat ; leurs données seraient conservées sans fin.
    .reference = art. 5(1)(e) et 13(2)(a) RGPD (les critères utilisés pour déterminer la durée)

factor-longer_than_reference = Plus long que la durée de référence
    .reason = La règle { $rule } conserve des données pendant { PERIOD($period) }, plus longtemps que la durée de référence pour : { LABELS("retention_group", $groups) } ({ PERIOD($reference_period) } ; { $percent } % de plus). Les durées de référence sont indicatives, non contraignantes.
    .reference = art. 5(1)(e) RGPD ; référence { $reference } : { $source }{ $verified ->
        [true] {""}
       *[other] {" "}(non vérifiée)
    }

factor-shorter_than_minimum = Plus court que la durée de référence minimale
    .reason = La règle { $rule } conserve des données pendant { PERIOD($period) }, moins longtemps que la durée de référence minimale pour : { LABELS("retention_group", $groups) } ({ PERIOD($reference_period) } ; { $percent } % de moins) : les données peuvent disparaître avant d'avoir rempli leur rôle, par exemple faire respecter une opposition.
    .reference = référence { $reference } : { $source }{ $verified ->
        [true] {""}
       *[other] {" "}(non vérifiée)
    }

factor-archive_not_shown = Archivage après l'utilisation active non démontré
    .reason = La règle { $rule } archive les données après l'utilisation active, mais { LABELS("archive_gap", $gaps) } : une archive sert à un accès occasionnel et autorisé, sur un fondement qui survit à la finalité, et non à une durée active plus longue.
    .reference = art. 5(1)(e), 17(3)(b), (d) et (e), et 89(1) RGPD ; CNIL, guide pratique « Les durées de conservation » (juillet 2020) : base active et archivage intermédiaire

factor-deletion_recorded = Effacement consigné, justifié, dans la durée de référence
    .reason = La règle { $rule } consigne son point de départ, le mode de fin ({ LABEL("deletion", $deletion) }){ $archived ->
        [true] {" "}(avec une archive dont la durée, le fondement et l'accès sont consignés)
       *[other] {""}
    }, une justification et une durée dans la durée de référence.
    .reference = art. 5(1)(e) RGPD, considérant 39

## Contrôles : ce qui a été examiné pour un élément (.detail et .reference se disent avec $status)

check-legal_basis = Base juridique consignée
    .detail = Invoquées : { LABELS("legal_basis", $bases) }.
    .reference = art. 6(1) RGPD
check-law = La loi derrière une obligation légale ou une mission d'intérêt public
    .detail = { $status ->
        [not_applicable] Aucune obligation légale ni mission d'intérêt public n'est invoquée.
        [missing] Aucune loi n'est consignée pour : { LABELS("legal_basis", $unnamed) }.
       *[other] La loi est consignée pour chaque obligation légale ou mission d'intérêt public invoquée.
    }
    .reference = art. 6(1)(c) et (e), et 6(3) RGPD
check-art9 = Exception de l'art. 9(2) pour les données de catégorie particulière
    .detail = { $status ->
        [not_applicable] Aucune catégorie particulière de données utilisée.
        [missing] Catégories particulières de données utilisées ({ NAMES($categories) }) ; aucune exception.
       *[other] { LABEL("special_category_exception", $exception) }.
    }
    .reference = art. 9(1) et 9(2) RGPD
check-consent_for_profiling = Consentement au profilage et à la publicité personnalisée
    .detail = { $status ->
        [not_applicable] Pas de profilage.
        [recorded] Le consentement est invoqué.
       *[other] Profilage sans invoquer le consentement.
    }
    .reference = lignes directrices 8/2020 du CEPD sur le ciblage des utilisateurs de médias sociaux ; CJUE, C-252/21, Meta Platforms c. Bundeskartellamt (4 juillet 2023) ; avis 06/2014 du groupe de travail « article 29 » sur la notion d'intérêt légitime (WP217)
check-interest_test = Intérêt légitime : finalité, nécessité, mise en balance
    .detail = { $status ->
        [not_applicable] L'intérêt légitime n'est pas invoqué.
       *[other] { LABEL("interest_step", "purpose") } : { LABEL("test_outcome", $purpose) } ; { LABEL("interest_step", "necessity") } : { LABEL("test_outcome", $necessity) } ; { LABEL("interest_step", "balancing") } : { LABEL("test_outcome", $balancing) }.
    }
    .reference = art. 6(1)(f) RGPD ; lignes directrices 1/2024 du CEPD sur le traitement de données à caractère personnel fondé sur l'article 6, paragraphe 1, point f), du RGPD
check-objection = Moyen de s'opposer
    .detail = { $status ->
        [not_applicable] Aucune base juridique n'ouvre un droit d'opposition.
        [recorded] Consigné.
       *[other] Lacunes : { LABELS("purpose_gap", $gaps) }.
    }
    .reference = art. 21(1) à 21(4) RGPD
check-consent_details = Consentement démontrable, spécifique, retirable
    .detail = { $status ->
        [not_applicable] Le consentement n'est pas invoqué.
        [recorded] Consigné.
       *[other] Lacunes : { LABELS("purpose_gap", $gaps) }.
    }
    .reference = art. 7(1) à 7(3) et 4(11) RGPD
check-eprivacy = Publicité par courrier électronique et SMS (art. XII.13 CDE)
    .detail = { $state ->
        [no_email] Pas de publicité par courrier électronique ni par SMS.
        [consent] Le consentement est la seule base invoquée.
        [no_soft_opt_in] Tout ne repose pas sur le consentement ; « soft opt-in » non consigné.
       *[other] Tout ne repose pas sur le consentement ; « soft opt-in » : { $gaps ->
            [none] chaque condition est consignée comme remplie, clients uniquement.
           *[other] { LABELS("purpose_gap", $gaps) }.
        }
    }
    .reference = { $state ->
        [soft_opt_in] directive 2002/58/CE, art. 13(2) ; Code de droit économique, art. XII.13, et arrêté royal du 4 avril 2003, art. 1er, 1°
       *[other] Code de droit économique, art. XII.13 ; arrêté royal du 4 avril 2003 (soft opt-in) ; directive 2002/58/CE, art. 13
    }
check-art13 = Information lors de la collecte (art. 13)
    .detail = { $status ->
        [not_applicable] Aucune donnée collectée auprès des personnes elles-mêmes.
        [recorded] Informées lors de la collecte.
        [failed] Non informées lors de la collecte.
       *[other] Non consigné.
    }
    .reference = art. 13(1) et 13(2) RGPD
check-art14 = Information sur les données d'autres sources (art. 14)
    .detail = { $status ->
        [not_applicable] Aucune donnée d'autres entreprises ou de sources publiques.
        [recorded] Fournie pour : { NAMES($sources) }.
        [failed] Non fournie pour : { NAMES($sources) }.
       *[other] Non consignée pour : { NAMES($sources) }.
    }
    .reference = art. 14(1) et 14(2) RGPD, y compris l'art. 14(2)(f) (la source)
check-declared_categories = Chaque catégorie utilisée est communiquée aux personnes
    .detail = { $categories ->
        [none] Toutes communiquées.
       *[other] Non communiquées : { NAMES($categories) }.
    }
    .reference = art. 5(1)(a), 13(1)(c) et 14(1)(d) RGPD
check-scale = Nombre de personnes consigné
    .detail = { $groups ->
        [none] Consigné.
       *[other] Inconnu pour : { NAMES($groups) }.
    }
    .reference = WP248 rév.01, critère 5 (grande échelle), lu comme dans l'analyse préalable
check-know_your_transfers = Étape 1 : connaître ses transferts
    .detail = { $place ->
        [eea] { NAME($recipient) } est établi { LABEL("country_in", $country) }, dans l'EEE : ce n'est pas un transfert au sens du chapitre V.
       *[other] { $state ->
            [unrecorded] Aucun transfert n'est consigné pour { NAME($recipient) }, qui traite des données { LABEL("country_in", $country) }, hors de l'EEE. Consignez-le ; l'accès à distance (p. ex. par le personnel de support ou de maintenance) est un transfert.
            [transfer] Type : { LABEL("transfer_kind", $kind) } ; catégories : { NAMES($categories) }.{ scoring-remote }
            [recipient] Type : { LABEL("transfer_kind", $kind) } ; le transfert ne mentionne aucune catégorie de données : celles du destinataire sont supposées ({ NAMES($categories) }).{ scoring-remote }
           *[other] Type : { LABEL("transfer_kind", $kind) } ; le transfert ne mentionne aucune catégorie de données : toutes les catégories de l'analyse sont supposées.{ scoring-remote }
        }
    }
    .reference = recommandations 01/2020 du CEPD (v2.0), étape 1
check-identify_transfer_tool = Étape 2 : identifier l'outil de transfert utilisé
    .detail = { $place ->
        [eea] Inutile au sein de l'EEE.
       *[other] { $state ->
            [dpf_unconfirmed] { $decision }. Le DPF ne couvre que les organisations certifiées sur la liste du DPF ; il n'est pas consigné si { NAME($recipient) } est certifié : vérifiez la liste à la date de l'analyse et consignez-la.
            [dpf_certified] { $decision }. { NAME($recipient) } est, selon ce qui est consigné, certifié sur la liste du DPF (art. 45) ; revérifiez la certification, et qu'elle couvre ces données, à chaque réexamen.
            [adequacy_partial] { $decision }. Cette décision ne couvre que : { $scope } Vérifiez que le destinataire en relève.
            [adequacy] { $decision }.
            [unknown] Aucun outil de transfert n'est nommé (un renvoi à des mesures décrites ailleurs n'en nomme aucun).
            [none] Le transfert ne repose sur aucun instrument du chapitre V (art. 44).
            [dpf_uncertified] Le DPF est nommé, mais { NAME($recipient) } n'est, selon ce qui est consigné, pas certifié : un outil de l'art. 46 est nécessaire.
            [misapplied] L'instrument « { LABEL("transfer_tool", $tool) } » est nommé, mais aucune décision de ce type ne couvre la destination.
            [art49_systematic] Une dérogation de l'art. 49 ne peut pas fonder un transfert continu (lignes directrices 2/2018 du CEPD).
            [art49] Dérogation de l'art. 49 : uniquement pour des transferts occasionnels (lignes directrices 2/2018 du CEPD).
            [scc_no_module] Les clauses contractuelles types 2021/914 sont invoquées, mais le module (1 à 4) n'est pas nommé.
            [scc] Clauses contractuelles types 2021/914, module { $module }.
           *[other] Instrument invoqué : { LABEL("transfer_tool", $tool) }.
        }
    }
    .reference = recommandations 01/2020 du CEPD (v2.0), étape 2 ; art. 44 à 46 et 49 RGPD
check-assess_third_country_law = Étape 3 : évaluer si l'outil est efficace dans le pays tiers
    .detail = { $place ->
        [eea] Inutile au sein de l'EEE.
        [adequacy] Inutile : une décision d'adéquation couvre la destination.
       *[other] Analyse d'impact du transfert { $done ->
            [true] réalisée
            [false] non réalisée, selon ce qui est consigné
           *[other] non consignée
        }. { $level ->
            [none] La base de connaissances n'évalue pas l'accès des autorités publiques { LABEL("country_in", $country) }.
           *[other] La base de connaissances juge l'accès des autorités publiques { LABEL("country_in", $country) } { $level ->
                [high] élevé
                [medium] moyen
               *[other] faible
            }.
        }
    }
    .reference = recommandations 01/2020 du CEPD (v2.0), étape 3 ; clauses contractuelles types 2021/914, clause 14, point b)
check-supplementary_measures = Étape 4 : adopter des mesures supplémentaires
    .detail = { $place ->
        [eea] Inutile au sein de l'EEE.
        [adequacy] Inutile : une décision d'adéquation couvre la destination.
       *[other] { $status ->
            [recorded] Données : { LABEL("data_protection", $protection) }. Mesures : { $measures ->
                [none] aucune mentionnée
               *[other] { LIST($measures) }
            }.
           *[other] Aucune mesure supplémentaire consignée. Données : { LABEL("data_protection", $protection) }.{ $readable ->
                [true] {" "}Lorsque l'importateur peut lire les données, le CEPD ne voit aucune mesure technique efficace (annexe 2, cas d'utilisation 6 et 7).
               *[other] {""}
            }
        }
    }
    .reference = recommandations 01/2020 du CEPD (v2.0), étape 4 et annexe 2
check-procedural_steps = Étape 5 : accomplir les éventuelles formalités procédurales
    .detail = { $place ->
        [eea] Inutile au sein de l'EEE.
        [adequacy] Inutile : une décision d'adéquation couvre la destination.
       *[other] { $state ->
            [ad_hoc] Les clauses ad hoc exigent l'autorisation de l'autorité de contrôle (art. 46(3)(a)) ; le modèle n'a pas de champ pour la consigner.
            [no_tool] Dépend de l'outil de transfert, qui n'est pas connu.
           *[other] Rien à faire pour un outil type inchangé. Le modèle n'a pas de champ pour des clauses types modifiées, qui valent clauses ad hoc.
        }
    }
    .reference = recommandations 01/2020 du CEPD (v2.0), étape 5 ; art. 46(3) RGPD
check-reevaluate = Étape 6 : réévaluer à intervalles appropriés
    .detail = { $place ->
        [eea] Inutile au sein de l'EEE.
        [adequacy] Inutile pour le transfert ; revérifiez la décision d'adéquation elle-même à chaque réexamen de cette analyse.
       *[other] { $due ->
            [none] Aucune date ni fréquence de réévaluation consignée.
           *[other] Prochaine réévaluation : { $due }.
        }
    }
    .reference = recommandations 01/2020 du CEPD (v2.0), étape 6
check-chapter_v = Transfert au sens du chapitre V
    .detail = { NAME($recipient) } est établi { LABEL("country_in", $country) }, dans l'EEE : lui communiquer des données n'est pas en soi un transfert. Cela le devient si le groupe communique des données à une autorité étrangère.
    .reference = { scoring-exposure_guidance }
check-parent_law = Droit d'un pays tiers par l'intermédiaire de la société mère
    .detail = Sa société mère est établie { LABEL("country_in", $parent) }, où { LIST($laws) } peut obliger le groupe à remettre des données qu'il détient. Le modèle n'a pas de champ pour l'évaluation de cette exposition : consignez-la comme un risque, avec ses mesures.
    .reference = { LIST($sources) }
check-keys_in_eea = Chiffrement avec des clés détenues dans l'EEE
    .detail = { $status ->
        [recorded] Consigné sur un transfert pour ce destinataire.
       *[other] Non consigné : le modèle ne consigne le chiffrement que sur les transferts, et aucun transfert pour ce destinataire n'indique que les clés restent dans l'EEE.
    }
    .reference = recommandations 01/2020 du CEPD (v2.0), annexe 2, cas d'utilisation 1
check-dpf = Cadre de protection des données UE–États-Unis
    .detail = Le DPF couvre les transferts vers des organisations certifiées sur la liste du DPF ; il importe si des données parviennent à la société mère { LABEL("country_in", $parent) } (p. ex. accès à distance par son personnel). { $certified ->
        [none] La certification n'est consignée que sur un transfert vers les États-Unis, et aucun transfert pour ce destinataire ne la consigne : vérifiez la liste du DPF à la date de l'analyse.
        [true] Le transfert { $transfer } consigne que le destinataire est certifié.
       *[other] Le transfert { $transfer } consigne que le destinataire n'est pas certifié.
    } Il ne limite pas les injonctions fondées sur { LIST($laws) }.
    .reference = { $decision }
check-rule = Une règle de conservation couvre le groupe
    .detail = Aucune règle ne couvre : { LABELS("retention_group", $groups) }.
    .reference = art. 5(1)(e), 13(2)(a), 14(2)(a) et 30(1)(f) RGPD
check-period = Durée consignée
    .detail = { $value ->
        [none] Non consignée.
       *[other] { PERIOD($value) }
    }
    .reference = art. 5(1)(e), 13(2)(a), 14(2)(a) et 30(1)(f) RGPD
check-trigger = Événement de départ consigné
    .detail = { $value ->
        [none] Non consigné.
       *[other] { $value }
    }
    .reference = art. 5(1)(e) et 13(2)(a) RGPD (les critères utilisés pour déterminer la durée)
check-justification = Justification consignée
    .detail = { $value ->
        [none] Non consignée.
       *[other] { $value }
    }
    .reference = art. 5(1)(e) et 5(2) RGPD, considérant 39
check-deletion = Mode d'effacement consigné
    .detail = { $value ->
        [none] Non consigné.
       *[other] { LABEL("deletion", $value) }
    }
    .reference = art. 5(1)(e) et 17(1)(a) RGPD, considérant 39
check-trigger_fits = L'événement de départ peut survenir pour chaque groupe couvert
    .detail = { $status ->
        [not_applicable] Pas d'événement de départ.
        [failed] Suppose un contrat ({ LIST($words) }) ; n'en ont pas : { LABELS("retention_group", $groups) }.
       *[other] Aucun mot supposant un contrat pour un groupe sans contrat (heuristique sur le texte).
    }
    .reference = art. 5(1)(e) et 13(2)(a) RGPD (les critères utilisés pour déterminer la durée)
check-reference = Durée dans la durée de référence
    .detail = { $status ->
        [not_applicable] Aucune durée à comparer.
        [failed] { PERIOD($period) } : hors de la durée de référence pour : { LABELS("retention_group", $outside) }.
       *[other] { PERIOD($period) } : dans la durée de référence pour : { LABELS("retention_group", $groups) }.
    }
    .reference = art. 5(1)(e) RGPD
check-per_purpose = Durée fixée par finalité et par groupe, et non une durée unique
    .detail = { $status ->
        [not_applicable] Pas de durée.
        [failed] Une seule durée couvre { $covers ->
            [purposes] les { $count } finalités
           *[other] les { $count } groupes de personnes
        }.
       *[other] La règle couvre une partie du traitement.
    }
    .reference = art. 5(1)(e) et 30(1)(f) RGPD ; WP248 rév.01, annexe 2
check-archive = Archivage après l'utilisation active : durée, fondement, accès restreint
    .detail = { $state ->
        [not_archived] { $status ->
            [not_applicable] Pas d'archivage après l'utilisation active.
           *[other] Une archive est consignée ({ scoring-archive }), mais les données sont, selon ce qui est consigné, traitées par « { LABEL("deletion", $deletion) } » à la fin de la durée.
        }
       *[other] { $gaps ->
            [none] { scoring-archive }.
           *[other] Lacunes : { LABELS("archive_gap", $gaps) }.
        }
    }
    .reference = art. 5(1)(e), 17(3)(b), (d) et (e), et 89(1) RGPD ; CNIL, guide pratique « Les durées de conservation » (juillet 2020) : base active et archivage intermédiaire
check-categories = Catégories de données mentionnées
    .detail = { $assumed ->
        [none] { NAMES($categories) }
       *[other] Non mentionnées{ scoring-kept_assumed }.
    }
    .reference = art. 5(1)(e) et 30(1)(f) RGPD ; WP248 rév.01, annexe 2

scoring-remote = { $remote ->
        [true] {" "}L'accès à distance depuis un pays tiers est un transfert.
       *[other] {""}
    }
scoring-archive = { $period ->
        [none] durée non consignée
       *[other] { PERIOD($period) }
    }, { LABEL("archive_ground", $ground) }, { $access ->
        [true] accès restreint
        [false] accès non restreint
       *[other] accès non consigné
    }
scoring-exposure_guidance = lignes directrices 05/2021 du CEPD sur l'interaction entre l'application de l'article 3 et les dispositions relatives aux transferts internationaux du chapitre V du RGPD (v2.0), exemple 12 ; art. 28(1) RGPD

## Titres des éléments évalués (une finalité porte le nom que l'analyste lui a donné)

item_title-purpose = { NAME($purpose) }
item_title-risk = { $title }
item_title-storage = Stockage chez { NAME($recipient) } { LABEL("country_in", $country) }
item_title-remote_access = Accès à distance par { NAME($recipient) } { LABEL("country_in", $country) }
item_title-onward_transfer = Transfert ultérieur par { NAME($recipient) } { LABEL("country_in", $country) }
item_title-unrecorded = Transfert non consigné : { NAME($recipient) } traite des données { LABEL("country_in", $country) }
item_title-exposure = Exposition, pas un transfert : { NAME($recipient) } { LABEL("country_in", $country) }, atteignable par l'intermédiaire de sa société mère { LABEL("country_in", $parent) }
item_title-retention_rule = Conservation ({ LABELS("retention_group", $groups) }) : { $period ->
        [none] aucune durée consignée
       *[other] { PERIOD($period) }{ $trigger ->
            [none] , point de départ non consigné
           *[other] {" "}à partir de : { $trigger }
        }
    }
item_title-retention_uncovered = Conservation ({ LABEL("retention_group", $group) }) : aucune règle de conservation

scoring-expected = attendue parce que { $expected ->
        [customers] l'analyse mentionne des clients
        [prospects] l'analyse mentionne des prospects
        [consent_only] des finalités reposent sur le consentement
        [objected] les personnes peuvent s'opposer à des finalités de prospection ou fondées sur l'intérêt légitime
        [consent_records] le consentement doit pouvoir être démontré (art. 7(1) RGPD)
       *[other] tout responsable du traitement reçoit des demandes d'exercice des droits
    }
