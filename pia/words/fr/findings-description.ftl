# Constats sur la description systématique (pia/findings/description.py) : titre, message,
# remède et référence juridique de chaque règle.

DSC-001 = Catégorie de données d'un type que la base de connaissances ne connaît pas
    .message = La catégorie de données « { $category } » est du type « { $kind } », que la base de connaissances ne connaît pas ; sa sensibilité consignée ({ LABEL("sensitivity", $sensitivity) }) ne peut donc pas être comparée à une valeur par défaut.
    .remedy = Utiliser pour la catégorie l'un des types de la base de connaissances, ou vérifier sa sensibilité manuellement.
    .reference = art. 35(7)(a) RGPD ; WP248 rév.01, critère 4 (données sensibles)

DSC-002 = Catégorie de données jugée moins sensible que son type, sans justification
    .message = La catégorie de données « { $category } » est consignée comme « { LABEL("sensitivity", $recorded) } », alors que les données du type « { $kind } » sont par défaut « { LABEL("sensitivity", $default) } », et aucune note n'explique pourquoi ces données sont moins sensibles. Le risque de chaque finalité qui les utilise peut être sous-estimé.
    .remedy = Relever la sensibilité à la valeur par défaut du type, ou expliquer dans la note de la catégorie pourquoi ces données sont moins sensibles que d'habitude.
    .reference = WP248 rév.01, critère 4 (données sensibles ou données à caractère hautement personnel) ; art. 9(1) et 10 RGPD

DSC-003 = Catégorie de données utilisée par aucune finalité
    .message = La catégorie de données « { $category } » ({ NAME($category) }) est traitée, mais aucune finalité de cette analyse d'impact ne l'utilise : des données ne peuvent être conservées que pour une finalité qui en a besoin.
    .remedy = Consigner la finalité qui a besoin de ces données (avec sa base juridique), ou cesser de les collecter.
    .reference = art. 5(1)(b) et (c) RGPD (limitation des finalités, minimisation des données) ; art. 35(7)(a) RGPD

DSC-004 = Catégorie de données sans source consignée
    .message = { $category ->
        [none] Aucune source de données n'est consignée ; la provenance des { $categories } catégories de données n'est donc pas décrite, et on ne peut pas juger s'il faut informer les personnes d'une autre source (art. 14 RGPD).
       *[other] Aucune source de données n'apporte la catégorie « { $category } » ({ NAME($category) }) : la description ne dit pas d'où elle provient.
    }
    .remedy = Consigner la source de données (la personne, l'observation, une autre entreprise, des données publiques, une déduction) qui apporte chaque catégorie.
    .reference = art. 35(7)(a) RGPD ; WP248 rév.01, annexe 2 (description systématique) ; art. 13(1) et 14(2)(f) RGPD

DSC-005 = Données d'une autre entreprise dont le fournisseur n'est pas nommé
    .message = La source de données « { $source } » apporte des données d'une autre entreprise mais ne la nomme pas : les personnes doivent être informées de la provenance de leurs données, et le responsable du traitement ne peut pas vérifier comment le fournisseur les a obtenues.
    .remedy = Nommer l'entreprise ou les entreprises dont proviennent les données, afin que les personnes puissent être informées de leur source et que le contrat de fourniture puisse être vérifié.
    .reference = art. 14(2)(f) RGPD (la source doit être indiquée), considérant 61 ; art. 35(7)(a) RGPD

DSC-006 = Sous-traitant sans contrat de sous-traitance consigné
    .message = Le destinataire « { $recipient } » ({ NAME($recipient) }) traite des données en tant que { LABEL("recipient_role", $role) }, mais un contrat de sous-traitance { $contract ->
        [absent] est consigné comme absent
       *[other] n'est pas consigné
    } : sans contrat, rien ne l'oblige à n'agir que sur instruction, à sécuriser les données et à les effacer au terme de la prestation.
    .remedy = Confirmer qu'un contrat conforme à l'art. 28(3) RGPD lie le sous-traitant (art. 28(4) pour un sous-traitant ultérieur) et le consigner, ou en conclure un avant tout partage de données.
    .reference = art. 28(3) RGPD ; art. 28(4) RGPD pour les sous-traitants ultérieurs

DSC-007 = Sous-traitant ultérieur consigné sans sous-traitant
    .message = Le destinataire « { $recipient } » est consigné comme sous-traitant ultérieur, mais aucun sous-traitant n'est consigné : qui l'a recruté, et avec l'autorisation du responsable du traitement ?
    .remedy = Consigner le sous-traitant qui a recruté le sous-traitant ultérieur, ou corriger le rôle du destinataire.
    .reference = art. 28(2) et 28(4) RGPD

DSC-008 = Profilage alors que l'art. 22 est consigné comme non applicable
    .message = La finalité « { $purpose } » profile des personnes et l'analyse d'impact ne consigne aucune décision automatisée au sens de l'art. 22 RGPD. La publicité ciblée n'a généralement pas d'effet significatif similaire, mais peut en avoir un selon son caractère intrusif : le raisonnement doit être consigné.
    .remedy = Consigner pourquoi les effets du profilage sur les personnes ne sont ni juridiques ni significatifs de façon similaire.
    .reference = art. 22(1) et 4(4) RGPD ; WP251 rév.01 (lignes directrices relatives à la prise de décision individuelle automatisée et au profilage), sur les effets significatifs similaires de la publicité ciblée

DSC-009 = Profilage de personnes vulnérables alors que l'art. 22 est consigné comme non applicable
    .message = La finalité « { $purpose } » profile des personnes, dont des personnes vulnérables ({ NAMES($vulnerable) }), et l'analyse d'impact ne consigne aucune décision automatisée au sens de l'art. 22 RGPD. Un ciblage qui exploite une vulnérabilité peut avoir un effet significatif similaire : l'analyse d'impact devrait dire pourquoi l'art. 22 ne s'applique pas.
    .remedy = Évaluer si le profilage a un effet significatif similaire sur les personnes vulnérables qu'il concerne ; si c'est possible, appliquer l'art. 22 ou les exclure.
    .reference = art. 22(1) RGPD, considérant 71 ; WP251 rév.01 (lignes directrices relatives à la prise de décision individuelle automatisée et au profilage), sur les effets significatifs similaires pour les personnes vulnérables ; WP248 rév.01, critère 7

DSC-010 = Groupe de personnes sans nombre approximatif
    .message = Le nombre de personnes du groupe « { $group } » ({ NAME($group) }) n'est pas consigné ; on ne peut donc pas juger si le traitement est à grande échelle.
    .remedy = Consigner approximativement combien de personnes compte le groupe (un ordre de grandeur suffit).
    .reference = WP248 rév.01, critère 5 (grande échelle), facteur a) le nombre de personnes concernées

DSC-011 = Éléments de la description qui ne citent aucune source
    .message = { $count ->
        [one] { $count } des { $total } { LABEL("description_section", $section) } ne cite
       *[other] { $count } des { $total } { LABEL("description_section", $section) } ne citent
    } aucune source (premier : « { $first } ») : un relecteur ne peut pas vérifier d'où viennent ces faits.
    .remedy = Ajouter à chaque élément le document et la section dont ses faits sont tirés.
    .reference = art. 5(2) RGPD (responsabilité), art. 35(7)(a) RGPD ; WP248 rév.01, annexe 2

DSC-012 = Document que l'analyste n'a pas pu lire
    .message = { $citations ->
        [0] Le document « { $document } » ({ NAME($document) }) est répertorié mais n'a pas pu être lu : ce qu'il dit de ce traitement manque dans l'analyse d'impact.
        [one] Le document « { $document } » ({ NAME($document) }) n'a pas pu être lu, et pourtant 1 fait consigné le cite : il repose sur un document que l'analyste n'a pas vu.
       *[other] Le document « { $document } » ({ NAME($document) }) n'a pas pu être lu, et pourtant { $citations } faits consignés le citent : ils reposent sur un document que l'analyste n'a pas vu.
    }
    .remedy = Se procurer le document et confronter l'analyse d'impact à son contenu, ou consigner pourquoi il n'est pas nécessaire.
    .reference = art. 35(7)(a) RGPD ; WP248 rév.01, annexe 2 (description systématique)
