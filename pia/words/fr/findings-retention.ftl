# Constats sur la conservation et l'archive après l'utilisation active (pia/findings/retention.py
# et retention_archive.py) : un message par règle.

## Les entrées de conservation de la base de connaissances (pia/knowledge/retention.yaml), par
## identifiant : la source qu'elles citent (la loi, pour une durée légale d'archivage), leur
## événement de départ, et ce qu'une durée plus courte compromet lorsqu'il s'agit d'un minimum.

retention_source =
    .RET-CUSTOMERS = CNIL, référentiel relatif aux traitements de données à caractère personnel mis en œuvre aux fins de gestion des activités commerciales (adopté après un projet de 2018 ; successeur de la norme simplifiée NS-048), section relative aux durées de conservation
    .RET-PROSPECTS = CNIL, référentiel « gestion des activités commerciales » (successeur de la norme simplifiée NS-048), section relative aux durées de conservation ; pratique de la formation restreinte de la CNIL, qui retient les 3 ans comme référence, selon olympe.legal et ewatchers.org
    .RET-CONSENT-ONLY = Analogie retenue par l'outil avec la référence de la CNIL pour les prospects (référentiel « gestion des activités commerciales ») ; art. 7(3) et 17(1)(b) RGPD
    .RET-OBJECTED = Recommandation de la CNIL de conserver au moins 3 ans les données nécessaires au respect d'une opposition à la prospection téléphonique, de préférence sous forme de hachage de l'adresse ou du numéro (olympe.legal, 7 février 2024) ; CNIL, MED-2023-040 du 26 juin 2023 (liste d'opposition limitée au numéro de téléphone et à l'adresse électronique hachés, selon portail-rgpd.com) ; art. 21(2)-(3) et 5(1)(c) RGPD
    .RET-RIGHTS-REQUESTERS = Art. 12(3) et 12(6) RGPD ; recommandations de la CNIL sur la vérification de l'identité lors de l'exercice des droits ; CNIL, formation restreinte, SAN-2020-008 du 18 novembre 2020 (Carrefour France)
    .RET-CONSENT-RECORDS = Art. 7(1) et 5(2) RGPD ; Code civil, art. 2262bis, § 1er, alinéa 2 (responsabilité extracontractuelle : 5 ans à partir du jour qui suit celui où la personne lésée a eu connaissance du dommage)
    .ARC-BE-ACCOUNTING = Code de droit économique, art. III.88, alinéa 2 (livres : 7 ans à compter du 1er janvier de l'année qui suit leur clôture) et art. III.86, alinéa 4 (pièces justificatives : 7 ans)
    .ARC-BE-TAX-RECORDS = Code des impôts sur les revenus 1992 (CIR 92), art. 315, alinéa 3, tel que modifié par la loi du 20 novembre 2022 (Moniteur belge, 30 novembre 2022)
    .ARC-BE-CONTRACT-CLAIMS = Code civil, art. 2262bis, § 1er, alinéa 1er (actions personnelles : 10 ans)

retention_starts =
    .RET-CUSTOMERS = La fin de la relation commerciale, par exemple le dernier achat ou le dernier contact émanant du client.
    .RET-PROSPECTS = La collecte des données, ou le dernier contact émanant du prospect (par exemple un clic sur un lien dans un courriel ; la simple ouverture d'un courriel ou le chargement d'un pixel de suivi ne compte pas).
    .RET-CONSENT-ONLY = Le dernier contact actif émanant de la personne ; en cas de retrait du consentement, immédiatement pour la finalité fondée sur le consentement.
    .RET-OBJECTED = La date de l'opposition.
    .RET-RIGHTS-REQUESTERS = La réception de la demande : le responsable du traitement doit répondre dans un délai d'un mois (art. 12(3) RGPD) ; la copie de la pièce d'identité est supprimée dès que l'identité est vérifiée, et au plus tard lorsque la demande a reçu une réponse.
    .RET-CONSENT-RECORDS = La fin du traitement fondé sur le consentement (retrait du consentement ou effacement des données de la personne).

retention_why_minimum =
    .RET-OBJECTED = Une opposition n'est respectée que tant qu'on s'en souvient (art. 21(3) RGPD) : dès que l'inscription sur la liste d'opposition est supprimée, les coordonnées de la personne peuvent revenir (une nouvelle collecte, une liste achetée) et elle peut être à nouveau démarchée.
    .ARC-BE-ACCOUNTING = Le Code de droit économique impose de conserver les livres et les pièces justificatives pendant cette durée ; les effacer plus tôt enfreint cette obligation.
    .ARC-BE-TAX-RECORDS = Le Code des impôts sur les revenus 1992 impose de conserver les livres et documents pendant cette durée en vue d'un contrôle fiscal ; les effacer plus tôt enfreint cette obligation.

## Règles de conservation (pia/findings/retention.py)

RET-001 = Un groupe de personnes n'a pas de règle de conservation
    .message = Aucune règle de conservation ne couvre les { LABEL("retention_group", $group) }, alors que { $group ->
        [customers] l'analyse mentionne des groupes de clients ({ $ids })
        [prospects] l'analyse mentionne des groupes de prospects ({ $ids })
        [consent_only] des finalités se fondent sur le consentement ({ $ids })
        [objected] les personnes peuvent s'opposer à des finalités de marketing direct ou d'intérêt légitime ({ $ids })
        [rights_requesters] { $documents ->
            [none] tout responsable du traitement reçoit des demandes d'exercice des droits
           *[other] les personnes qui exercent leurs droits doivent envoyer une preuve d'identité ({ $documents })
        }
       *[other] le consentement doit pouvoir être démontré (art. 7(1) RGPD) pour les finalités { $ids }
    }. Leurs données n'ont pas de fin fixée : elles peuvent être conservées plus longtemps que nécessaire, et les personnes ne peuvent pas être informées de la durée de conservation.
    .remedy = Ajouter une règle de conservation pour le groupe : sa durée, l'événement qui la fait courir, pourquoi elle est nécessaire, et comment les données sont effacées à son terme.
    .reference = art. 5(1)(e), 13(2)(a) et 30(1)(f) RGPD

RET-002 = Une règle de conservation n'a pas de durée
    .message = La règle de conservation « { $rule } » ({ LABELS("retention_group", $groups) }) ne fixe aucune durée : rien ne limite la durée de conservation des données, et les personnes ne peuvent pas en être informées.{ $missing ->
        [none] {""}
       *[other] {" "}Il lui manque aussi { LABELS("retention_part", $missing) }.
    }
    .remedy = Consigner la durée (par exemple `3 ans`), ou les critères qui la déterminent, avec son événement de départ, sa justification et le mode d'effacement.
    .reference = art. 5(1)(e), 13(2)(a), 14(2)(a) et 30(1)(f) RGPD

RET-003 = L'événement de départ d'une durée de conservation ne peut pas se produire pour un groupe couvert
    .message = La règle de conservation « { $rule } » fait courir sa durée à partir de « { $trigger } », ce qui suppose un contrat ({ $words }), mais elle couvre aussi les { LABELS("retention_group", $groups) }, qui n'en ont pas : pour eux, la durée ne commence jamais à courir, et leurs données sont donc conservées sans fin.
    .remedy = Donner au groupe un événement de départ qui se produit pour lui, par exemple la collecte des données ou son dernier contact actif (un clic, une réponse, une visite).
    .reference = art. 5(1)(e) et 13(2)(a) RGPD

RET-004 = Une durée de conservation dépasse la durée de référence
    .message = La règle de conservation « { $rule } » conserve les données des { LABEL("retention_group", $group) } pendant { PERIOD($period) } : { $percent } % ({ PERIOD($period) } contre une référence de { PERIOD($reference_period) }), à compter de « { LABEL("retention_starts", $reference) } » (source : { LABEL("retention_source", $reference) }).{ $verified ->
        [true] {""}
       *[other] {" "}La référence elle-même n'est pas vérifiée.
    } Les durées de référence sont indicatives et non contraignantes, mais une durée plus longue doit être nécessaire.{ $justified ->
        [true] {" "}Une justification est consignée : vérifier qu'elle explique la durée plus longue.
       *[other] {" "}Aucune justification n'est consignée.
    }
    .remedy = Ramener la durée à la référence, ou consigner pourquoi ce traitement nécessite une durée plus longue.
    .reference = art. 5(1)(e) RGPD ; durées de référence de pia/knowledge/retention.yaml (indicatives)

RET-005 = Une durée de conservation sans justification
    .message = La règle de conservation « { $rule } » conserve des données pendant { PERIOD($period) } sans dire pourquoi cette durée est nécessaire ; le responsable du traitement doit pouvoir le démontrer (responsabilité).
    .remedy = Consigner pourquoi les données sont nécessaires aussi longtemps : la finalité qu'elles servent encore, ou l'obligation légale ou le délai de prescription auquel la durée répond.
    .reference = art. 5(1)(e) et 5(2) RGPD, considérant 39

RET-006 = Une règle de conservation ne dit pas comment les données sont effacées
    .message = La règle de conservation « { $rule } » fixe { PERIOD($period) }, mais pas ce qui se passe à son terme : sans étape connue d'effacement (ou d'anonymisation), les données ont tendance à rester.
    .remedy = Consigner ce qui se passe au terme de la durée : effacement, anonymisation, ou archive à accès restreint suivie d'un effacement.
    .reference = art. 5(1)(e) et 17(1)(a) RGPD, considérant 39

RET-007 = Une seule durée de conservation générale pour toutes les finalités
    .message = La règle de conservation « { $rule } » fixe { PERIOD($period) } pour tout : { $covers ->
        [purposes] une seule durée couvre les { $count } finalités ({ $ids })
       *[other] une seule durée couvre les { $count } groupes de personnes
    }. Les autorités de contrôle attendent une durée par finalité et par catégorie de données, car des données nécessaires à une finalité ne le sont pas forcément aussi longtemps pour une autre.
    .remedy = Fixer des durées par finalité et par catégorie de données (par exemple plus courtes pour les profils que pour les données contractuelles), chacune avec son propre événement de départ.
    .reference = art. 5(1)(e) et 30(1)(f) RGPD ; WP248 rév.01, annexe 2

RET-008 = Des pièces d'identité issues de demandes d'exercice des droits sont conservées sans durée courte
    .message = { $rule ->
        [none] Les personnes qui exercent leurs droits envoient des pièces d'identité, mais aucune règle de conservation ne dit quand les copies sont supprimées.
       *[other] La règle de conservation « { $rule } » conserve les pièces d'identité issues des demandes d'exercice des droits { $period ->
            [none] sans durée
           *[other] pendant { PERIOD($period) } ({ $percent } % par rapport à une référence de { PERIOD($reference_period) })
        }.
    } Seul le fait que l'identité a été vérifiée doit être conservé, pas la copie.{ $missing ->
        [none] {""}
       *[other] {" "}Il lui manque aussi { LABELS("retention_part", $missing) }.
    }
    .remedy = Supprimer la copie de la pièce d'identité dès que l'identité est vérifiée ; ne conserver que le fait de la vérification (qui, quand, comment), avec la demande et la réponse.
    .reference = art. 5(1)(c), 5(1)(e) et 12(6) RGPD

RET-009 = Les preuves du consentement n'ont pas de durée de conservation
    .message = { $rule ->
        [none] Des finalités se fondent sur le consentement, que le responsable du traitement doit pouvoir démontrer (art. 7(1) RGPD), mais aucune règle de conservation ne dit combien de temps la preuve du consentement est conservée.
       *[other] La règle de conservation « { $rule } » couvre les preuves du consentement, mais ne fixe aucune durée : la preuve peut être perdue trop tôt ou conservée sans fin.{ $missing ->
            [none] {""}
           *[other] {" "}Il lui manque aussi { LABELS("retention_part", $missing) }.
        }
    }
    .remedy = Conserver la preuve minimale du consentement (qui, quand, quel texte, comment, retrait) aussi longtemps que le traitement s'appuie sur le consentement, plus le délai pendant lequel une action peut être intentée ; ensuite, la supprimer.
    .reference = art. 7(1), 5(1)(e) et 5(2) RGPD

RET-010 = Une durée de conservation sans événement de départ
    .message = La règle de conservation « { $rule } » fixe { PERIOD($period) }, mais pas à partir de quand ; la fin de la durée ne peut donc pas être déterminée.
    .remedy = Consigner l'événement qui fait courir la durée (par exemple la fin du contrat, le dernier contact actif, le retrait du consentement, la date de l'opposition).
    .reference = art. 5(1)(e) et 13(2)(a) RGPD

RET-015 = Une durée de conservation est plus courte qu'une durée de référence minimale
    .message = La règle de conservation « { $rule } » conserve les données des { LABEL("retention_group", $group) } pendant { PERIOD($period) } : { $percent } % ({ PERIOD($period) } contre un minimum de { PERIOD($reference_period) }), à compter de « { LABEL("retention_starts", $reference) } » (source : { LABEL("retention_source", $reference) }). Cette référence est un minimum, pas un maximum. { LABEL("retention_why_minimum", $reference) }{ $verified ->
        [true] {""}
       *[other] {" "}La référence elle-même n'est pas vérifiée.
    }{ $justified ->
        [true] {" "}Une justification est consignée : vérifier qu'elle explique la durée plus courte.
       *[other] {" "}Aucune justification n'est consignée.
    }
    .remedy = Conserver les données au moins aussi longtemps que la référence minimale, en se limitant à ce que cette finalité exige (pour une opposition : un hachage de l'adresse électronique ou du numéro de téléphone sur une liste d'opposition distincte), ou consigner pourquoi une durée plus courte suffit.
    .reference = art. 21(2)-(3) RGPD ; durées de référence minimales de pia/knowledge/retention.yaml (RET-OBJECTED : CNIL, au moins 3 ans)

## L'archive après l'utilisation active (pia/findings/retention_archive.py)

RET-011 = Données archivées après l'utilisation active, sans durée d'archivage
    .message = La règle de conservation « { $rule } » ({ LABELS("retention_group", $groups) }) archive les données { $active ->
        [none] après l'utilisation active
       *[other] après { PERIOD($active) } d'utilisation active
    }, mais ne consigne aucune durée d'archivage : rien ne limite la durée pendant laquelle l'archive les conserve, et les personnes ne peuvent pas être informées de la durée totale.
    .remedy = Consigner combien de temps l'archive conserve les données après la durée active (par exemple le délai de prescription ou l'obligation légale de conservation qu'elle sert), puis les effacer.
    .reference = art. 5(1)(e), 13(2)(a) et 30(1)(f) RGPD

RET-012 = Données archivées sans motif de les conserver après l'utilisation active
    .message = La règle de conservation « { $rule } » archive les données après l'utilisation active, mais { $ground ->
        [unknown] ne consigne aucun motif pour cela
       *[other] consigne pour cela un motif que le RGPD ne prévoit pas (« autre »)
    } : une fois la finalité atteinte, les données ne peuvent être conservées que pour respecter une obligation légale, pour constater, exercer ou défendre des droits en justice, ou à des fins archivistiques dans l'intérêt public, de recherche ou statistiques.
    .remedy = Consigner le motif qui survit à la finalité : une obligation légale de conserver les données (en citant la loi), la défense de droits en justice (dans le délai de prescription), ou l'archivage dans l'intérêt public, la recherche ou les statistiques (art. 89(1) RGPD) ; à défaut, effacer les données au terme de la durée active.
    .reference = art. 5(1)(e), 17(3)(b), (d) et (e), et 89(1) RGPD

RET-013 = Archive après l'utilisation active non réservée aux personnes autorisées
    .message = La règle de conservation « { $rule } » archive les données après l'utilisation active, mais l'accès à l'archive { $restricted ->
        [false] est consigné comme non réservé
       *[other] n'est pas consigné comme réservé
    } aux personnes spécialement habilitées : des données qui restent à la portée des équipes qui les utilisaient restent en utilisation active.
    .remedy = Séparer les données archivées des systèmes de travail (stockage distinct, ou au moins droits d'accès distincts), accessibles uniquement aux personnes spécialement habilitées, pour un besoin ponctuel et motivé.
    .reference = art. 5(1)(e)-(f) et 89(1) RGPD ; CNIL, Guide pratique « Les durées de conservation » (juillet 2020) : archivage intermédiaire

RET-014 = Une archive est consignée, mais les données sont consignées comme effacées ou anonymisées à la fin
    .message = La règle de conservation « { $rule } » consigne une archive après l'utilisation active, mais indique que les données sont { $deletion ->
        [erasure] effacées
       *[other] anonymisées
    } au terme de la durée : les personnes ne peuvent pas être informées de ce qui est vrai.
    .remedy = Mettre le mode d'effacement à `archive_then_erasure` si les données sont archivées après l'utilisation active, ou supprimer l'archive si elles sont effacées ou anonymisées à la fin.
    .reference = art. 5(1)(e) et 13(2)(a) RGPD

RET-016 = Une archive tenue pour une obligation légale dépasse la durée légale, sans justification
    .message = La règle de conservation « { $rule } » archive les données pendant { PERIOD($archive_period) } après l'utilisation active pour respecter une obligation légale, plus longtemps que la plus longue durée légale qui s'applique à elles : { $percent } % ({ PERIOD($archive_period) } contre une durée légale de { PERIOD($legal_period) }, { $legal }). Types de données conservés : { LABELS("data_kind", $kinds) }{ $assumed ->
        [none] {""}
        [purposes] {" "}(la règle n'indique aucune catégorie de données ; celles de ses finalités sont donc supposées)
        [people] {" "}(la règle n'indique aucune catégorie de données ; celles des finalités qui concernent ses personnes sont donc supposées)
       *[other] {" "}(la règle n'indique aucune catégorie de données ; toutes les catégories de l'analyse sont donc supposées)
    } ; la loi fixe pour eux des durées d'archivage : { $entries }.{ $verified ->
        [true] {""}
       *[other] {" "}Ces durées ne sont pas toutes vérifiées.
    } Une fois l'obligation éteinte, l'obligation légale ne permet plus de les conserver, et aucune justification de l'archive plus longue n'est consignée.
    .remedy = Effacer les données archivées à l'extinction de la plus longue obligation légale de les conserver, ou consigner dans la justification de la règle l'autre motif qui les rend nécessaires plus longtemps (par exemple un litige en cours).
    .reference = art. 5(1)(e) et 17(3)(b) RGPD ; { $legal } : { LABEL("retention_source", $legal) }{ $legal_verified ->
        [true] {""}
       *[other] {" "}(non vérifié)
    }

RET-017 = Une archive tenue pour une obligation légale prend fin avant la durée légale
    .message = La règle de conservation « { $rule } » archive les données pendant { PERIOD($archive_period) } après l'utilisation active pour respecter une obligation légale, moins longtemps que la loi ne l'exige : { $percent } % ({ PERIOD($archive_period) } contre une durée légale de { PERIOD($legal_period) }, { $legal }). Types de données conservés : { LABELS("data_kind", $kinds) }{ $assumed ->
        [none] {""}
        [purposes] {" "}(la règle n'indique aucune catégorie de données ; celles de ses finalités sont donc supposées)
        [people] {" "}(la règle n'indique aucune catégorie de données ; celles des finalités qui concernent ses personnes sont donc supposées)
       *[other] {" "}(la règle n'indique aucune catégorie de données ; toutes les catégories de l'analyse sont donc supposées)
    } ; la loi fixe pour eux des durées d'archivage : { $entries }.{ $verified ->
        [true] {""}
       *[other] {" "}Ces durées ne sont pas toutes vérifiées.
    } Une durée légale d'archivage est un minimum. { LABEL("retention_why_minimum", $legal) } Les personnes sont informées d'une durée qui ne correspond pas à l'obligation que l'archive est censée servir.
    .remedy = Conserver l'archive pendant la durée légale (la plus longue obligation qui s'applique aux données), ou consigner la loi que sert l'archive si ce n'est pas celle que cite la base de connaissances.
    .reference = art. 5(1)(e), 13(2)(a) et 17(3)(b) RGPD ; { $legal } : { LABEL("retention_source", $legal) }{ $legal_verified ->
        [true] {""}
       *[other] {" "}(non vérifié)
    }
