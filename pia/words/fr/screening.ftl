# Analyse préalable (pia/screening) : pourquoi chaque critère du WP248, chaque cas de l'art. 35(3)
# RGPD et chaque point de la liste belge est rempli ou non, et les motifs de la conclusion.

## Pourquoi un critère est rempli ou non

screening-profiling_purpose = La finalité « { NAME($purpose) } » est enregistrée comme un profilage.
screening-inferred_profile_category = La catégorie de données « { NAME($category) } » est un profil déduit.
screening-no_profiling = Aucune finalité n’indique de profilage et aucune catégorie de données n’est un profil déduit.
screening-automated_decisions = { $recorded ->
        [true] Des décisions produisant des effets juridiques ou des effets similaires significatifs pour les personnes sont prises par des moyens automatisés.
       *[other] Aucune décision automatisée produisant des effets juridiques ou des effets similaires significatifs pour les personnes n’est enregistrée.
    }
screening-observed_through_channels = La source de données « { NAME($source) } » observe les personnes par ces canaux : { LABELS("channel", $channels) }.
screening-observed_behaviour_data = La source de données « { NAME($source) } » collecte des données de comportement ({ NAMES($categories) }).
screening-no_monitoring = Aucune source de données observées ne collecte de données par un site web, une application ou des cookies, ni ne collecte de données de comportement.
screening-sensitive_category = La catégorie de données « { NAME($category) } » est enregistrée comme { $sensitivity ->
        [highly_personal] données à caractère hautement personnel
        [special_category] catégorie particulière de données (art. 9 RGPD)
       *[criminal_offence] données relatives aux condamnations pénales et aux infractions (art. 10 RGPD)
    }.
screening-all_standard_data = Chaque catégorie de données est enregistrée comme données à caractère personnel ordinaires.
screening-scale_counted = La finalité « { NAME($purpose) } » concerne environ { $people } personnes, { $above ->
        [true] soit au moins
       *[other] soit moins que
    } le seuil de l’outil de { $threshold } personnes pour { $sensitivity ->
        [standard] des données à caractère personnel ordinaires
        [highly_personal] des données à caractère hautement personnel
        [special_category] des catégories particulières de données
       *[criminal_offence] des données relatives aux infractions
    } (facteur a).
screening-scale_estimated = Pour la finalité « { NAME($purpose) } », le nombre de personnes n’est pas enregistré pour { NAMES($groups) }. { $factor ->
        [both] Grande échelle malgré tout : la finalité utilise { $categories } catégories de données (facteur b, éventail des données) et la source de données { NAMES($observed) } collecte en continu, aussi longtemps que les personnes utilisent les services (facteur c, permanence). L’étendue géographique (facteur d) n’est pas enregistrée.
        [range] Pas de grande échelle, car les facteurs b (éventail des données) et c (permanence) n’y concourent pas tous deux : seul l’éventail des données y concourt (la finalité utilise { $categories } catégories de données).
        [permanence] Pas de grande échelle, car les facteurs b (éventail des données) et c (permanence) n’y concourent pas tous deux : seule la permanence y concourt (la source de données { NAMES($observed) } collecte en continu).
       *[none] Pas de grande échelle : ni l’éventail des données (facteur b) ni la permanence (facteur c) n’y concourent.
    }
screening-combined_sources = La finalité « { NAME($purpose) } » combine la source de données « { NAME($source) } » ({ LABEL("source_kind", $kind) }) avec { NAMES($others) }.
screening-no_combination = Aucune finalité ne s’appuie sur des sources de données de types différents ou de fournisseurs différents.
screening-vulnerable_group = Le groupe « { NAME($group) } » est enregistré comme vulnérable.
screening-vulnerable_kind = Le groupe « { NAME($group) } » est composé { $kind ->
        [child] d’enfants
       *[employee] de salariés
    }, que le WP248 range parmi les personnes vulnérables.
screening-no_vulnerable_group = Aucun groupe de personnes n’est enregistré comme vulnérable, ni comme enfants ou salariés.
screening-innovative_technology = { $answer ->
        [true] Le traitement utilise une technologie nouvelle, une nouvelle solution technologique ou organisationnelle, ou une technologie d’une manière nouvelle, dont les effets sur les personnes ne sont pas encore bien connus.{ $innovation ->
            [none] {""}
           *[other] {" "}Ce qui est nouveau : { $innovation }
        }
        [false] Aucune technologie nouvelle, solution nouvelle ou utilisation nouvelle d’une technologie n’est enregistrée.
       *[none] Non enregistré : l’analyste doit apprécier si le traitement utilise une technologie nouvelle, une solution nouvelle ou une technologie d’une manière nouvelle.
    }
screening-prevents_exercising_rights = { $answer ->
        [true] Le traitement décide lui-même si les personnes peuvent exercer un droit, bénéficier d’un service ou conclure un contrat.
        [false] Le traitement ne décide pas lui-même de l’accès à un droit, à un service ou à un contrat.
       *[none] Non enregistré : l’analyste doit apprécier si le traitement décide lui-même si les personnes peuvent exercer un droit, bénéficier d’un service ou conclure un contrat.
    }
screening-public_monitoring_not_recorded = Non enregistré : l’analyse ne comporte aucun champ pour la surveillance systématique d’une zone accessible au public ; l’analyste doit l’apprécier.
screening-special_data_large_scale = La finalité « { NAME($purpose) } » utilise à grande échelle des catégories particulières de données ou des données relatives aux infractions ({ NAMES($categories) }).
screening-no_special_data_large_scale = Aucune finalité à grande échelle n’utilise de catégories particulières de données ni de données relatives aux infractions.
screening-third_party_profiling = La finalité « { NAME($purpose) } » profile les personnes à grande échelle avec des données provenant de { NAMES($sources) } (critère 5 du WP248).
screening-no_third_party_profiling = Aucune finalité de profilage à grande échelle ne s’appuie sur des données provenant de tiers.
screening-recipient_receives_sensitive = Le destinataire « { NAME($recipient) } » ({ LABEL("recipient_role", $role) }) reçoit { NAMES($categories) }.
screening-source_supplies_sensitive = La source de données « { NAME($source) } » fournit { NAMES($categories) }.
screening-no_sensitive_exchange = Aucune donnée autre que des données à caractère personnel ordinaires n’est partagée avec un autre responsable du traitement ni reçue de lui.
screening-communication_data_large_scale = La finalité « { NAME($purpose) } » utilise à grande échelle des données de communication, de localisation ou des identifiants en ligne ({ NAMES($categories) }), et pas seulement pour exécuter un contrat.
screening-no_communication_data_large_scale = Aucune finalité à grande échelle n’utilise de données de communication, de localisation ou d’identifiants en ligne au-delà de l’exécution d’un contrat.
screening-behaviour_observed_large_scale = La finalité « { NAME($purpose) } » observe à grande échelle le comportement par { NAMES($sources) } à des fins { $profiling ->
        [true] { $marketing ->
            [true] de profilage et de prospection
           *[other] de profilage
        }
       *[other] de prospection
    } (critère 5 du WP248).
screening-no_behaviour_observation = Aucune finalité à grande échelle n’observe le comportement à des fins de profilage ou de prospection.
screening-no_rule = Non enregistré : l’analyse ne comporte aucun champ pour ce dont ce point dépend ; l’analyste doit l’apprécier.
screening-unverified_item = Le libellé du point { $item } est marqué comme non vérifié dans la base de connaissances : vérifiez-le dans la liste publiée.
screening-no_jurisdiction = Impossible à déterminer : l’autorité de contrôle compétente n’est pas enregistrée. La liste belge ne s’applique qu’aux traitements relevant de l’Autorité de protection des données (art. 35(4), 55 et 56 RGPD) ; enregistrez le pays de l’autorité de contrôle compétente (metadata.jurisdiction).
screening-other_jurisdiction = Non rempli : sans objet. La liste belge s’applique aux traitements relevant de l’Autorité de protection des données ; l’autorité de contrôle compétente enregistrée est établie { LABEL("country_in", $country) } (metadata.jurisdiction).

## Les motifs de la conclusion

screening-required_by_art35_3 = Une AIPD est requise par l’art. 35(3)({ $case }) RGPD : { LABEL("criterion", $criterion) }.
screening-required_by_national_list = Une AIPD est requise par le point { $item } de la liste de l’APD adoptée en vertu de l’art. 35(4) RGPD : { LABEL("criterion", $criterion) }{ $verified ->
        [true] {""}
       *[other] {" "}(libellé de mémoire, non vérifié dans la liste)
    }.
screening-wp248_likely = { $met } des { $total } critères du WP248 sont remplis ({ LIST($ids) }) : selon le WP248 rév. 01, un traitement qui remplit { $threshold } critères ou plus exige dans la plupart des cas une AIPD.
screening-wp248_below_threshold = { $met ->
        [one] Un critère du WP248 est rempli
       *[other] { $met } critères du WP248 sont remplis
    } ({ LIST($ids) }), moins de { $threshold } : selon le WP248 rév. 01, un seul critère peut suffire dans certains cas ; un responsable du traitement qui ne réalise pas d’AIPD doit en consigner les raisons, avec l’avis du délégué à la protection des données.
screening-wp248_none_met = Aucun critère du WP248 n’est rempli d’après les faits enregistrés ; l’obligation générale de l’art. 35(1) RGPD continue de s’appliquer.
screening-no_case_met = { $national ->
        [true] Aucun cas de l’art. 35(3) RGPD ni aucun point de la liste belge n’est rempli d’après les faits enregistrés.
       *[other] Aucun cas de l’art. 35(3) RGPD n’est rempli d’après les faits enregistrés.
    }
screening-national_list_not_applicable = La liste de l’APD adoptée en vertu de l’art. 35(4) RGPD : { $country ->
        [none] impossible à déterminer, car l’autorité de contrôle compétente n’est pas enregistrée ; la liste ne s’applique qu’aux traitements relevant de l’Autorité de protection des données (art. 35(4), 55 et 56 RGPD).
       *[other] sans objet ; l’autorité de contrôle compétente enregistrée est établie { LABEL("country_in", $country) }.
    }
screening-not_decidable = Impossible à déterminer d’après les faits enregistrés, à apprécier par l’analyste : { LIST($ids) }.
screening-transfers_not_a_criterion = Les transferts hors de l’EEE ne sont pas un critère du WP248 (le dixième critère du projet a été supprimé dans la rév. 01) ; ils sont examinés au titre du chapitre V du RGPD.
