# Constats sur les finalités et leurs bases juridiques (pia/findings/purposes.py) : un message par règle.

# Une base juridique avec son article et son article défini, telle qu'un constat la cite.
legal_basis_cited =
    .consent = le { legal_basis.consent } (art. 6(1)(a) RGPD)
    .contract = l'{ legal_basis.contract } (art. 6(1)(b) RGPD)
    .legal_obligation = l'{ legal_basis.legal_obligation } (art. 6(1)(c) RGPD)
    .vital_interests = les { legal_basis.vital_interests } (art. 6(1)(d) RGPD)
    .public_task = la { legal_basis.public_task } (art. 6(1)(e) RGPD)
    .legitimate_interest = l'{ legal_basis.legitimate_interest } (art. 6(1)(f) RGPD)

PUR-001 = Publicité personnalisée sans consentement
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) profile des personnes pour personnaliser la publicité, mais ne se fonde pas sur le consentement ; elle se fonde sur { LABELS("legal_basis_cited", $bases) }. Le profilage à des fins publicitaires, surtout à partir de données observées ou achetées, n'est pas couvert par un contrat et passe rarement la mise en balance de l'intérêt légitime.
    .remedy = Demander le consentement avant de constituer des profils à des fins publicitaires (art. 6(1)(a) et 7 RGPD), ou cesser de personnaliser la publicité.
    .reference = Lignes directrices 8/2020 du CEPD sur le ciblage des utilisateurs de médias sociaux ; CJUE, C-252/21, Meta Platforms c. Bundeskartellamt (4 juillet 2023) ; avis 06/2014 du groupe de travail « Article 29 » sur la notion d'intérêt légitime (WP217)

PUR-002 = Intérêt légitime sans test en trois étapes consigné
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) se fonde sur l'intérêt légitime, mais l'étape « { LABEL("interest_step", $step) } » n'est pas consignée : sans les trois étapes (finalité, nécessité, mise en balance), le responsable du traitement ne peut pas démontrer que l'art. 6(1)(f) RGPD s'applique.
    .remedy = Consigner une évaluation de l'intérêt légitime : l'intérêt (réel, actuel, licite), la raison pour laquelle le traitement est nécessaire à cet intérêt, et la mise en balance avec les intérêts et les attentes raisonnables des personnes concernées.
    .reference = art. 6(1)(f) RGPD ; lignes directrices 1/2024 du CEPD sur le traitement de données à caractère personnel fondé sur l'art. 6(1)(f) RGPD

PUR-003 = Intérêt légitime invoqué alors qu'un test a échoué
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) se fonde sur l'intérêt légitime alors que son étape « { LABEL("interest_step", $step) } » est consignée comme non réussie : les trois étapes sont cumulatives, l'art. 6(1)(f) RGPD ne peut donc pas être la base juridique.
    .remedy = Cesser de se fonder sur l'intérêt légitime pour cette finalité : adapter le traitement jusqu'à ce que le test soit réussi, ou demander le consentement.
    .reference = art. 6(1)(f) RGPD ; lignes directrices 1/2024 du CEPD sur le traitement de données à caractère personnel fondé sur l'art. 6(1)(f) RGPD

PUR-004 = Opposition au marketing direct absente, plus difficile que la collecte ou non présentée
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) relève du marketing direct fondé sur { LABELS("legal_basis_cited", $bases) }, mais { $gap ->
        [objection] aucun moyen de s'opposer n'est consigné
        [objection_channel] la manière dont les personnes peuvent s'opposer n'est pas consignée
        [objection_as_easy_as_collection] { $recorded ->
            [false] il est consigné que s'opposer est plus difficile que fournir les données
           *[other] il n'est pas consigné que s'opposer est aussi simple que fournir les données
        }
       *[other] { $recorded ->
            [false] il est consigné que le droit d'opposition n'est pas présenté clairement et séparément
           *[other] il n'est pas consigné que le droit d'opposition est présenté clairement et séparément
        }
    }. Le droit de s'opposer au marketing direct est absolu : il ne requiert aucun motif et doit être aussi simple à exercer que la fourniture des données.
    .remedy = Offrir un moyen gratuit de s'opposer à tout moment au marketing direct, aussi simple que la manière dont les données ont été collectées, et le présenter clairement et séparément au plus tard lors de la première communication.
    .reference = art. 21(2) à (4) RGPD

PUR-005 = Retrait du consentement présenté comme une opposition
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) décrit le retrait du consentement comme une « opposition ». Ce sont deux droits différents : le retrait (art. 7(3) RGPD) ne requiert aucun motif, ne peut être refusé et doit être aussi simple que le fait de donner son consentement, alors qu'une opposition (art. 21(1) RGPD) peut être mise en balance avec les motifs du responsable du traitement. Les personnes concernées peuvent ne pas se rendre compte qu'elles peuvent simplement retirer leur consentement.
    .remedy = Parler de retrait du consentement dans l'information et dans l'interface : possible à tout moment, sans motif, aussi simple que de donner son consentement, et entraînant l'effacement lorsqu'aucune autre base juridique ne s'applique.
    .reference = art. 7(3) et 21 RGPD

PUR-006 = Consentement non démontrable, non distinct ou sans moyen de le retirer
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) se fonde sur le consentement, mais { $gap ->
        [consent] la manière dont le consentement est obtenu, prouvé et retiré n'est pas consignée
        [consent_records_kept] { $recorded ->
            [false] il est consigné que la preuve du consentement n'est pas conservée
           *[other] la conservation de la preuve du consentement n'est pas consignée
        }
        [consent_granular] { $recorded ->
            [false] il est consigné que le consentement n'est pas demandé séparément pour chaque finalité
           *[other] il n'est pas consigné que le consentement est demandé séparément pour chaque finalité
        }
       *[other] la manière dont le consentement est retiré n'est pas consignée
    } : le responsable du traitement doit pouvoir démontrer que chaque personne a donné un consentement spécifique et peut le retirer aussi facilement.
    .remedy = Conserver la preuve de chaque consentement (qui, quand, quel texte, comment), le demander séparément pour chaque finalité, et consigner comment les personnes le retirent.
    .reference = art. 7(1) à (3) et 4(11) RGPD, considérant 43

PUR-007 = Publicité par e-mail ou SMS sans consentement ni soft opt-in documenté
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) fait de la publicité par { LABELS("channel", $channels) } et se fonde, pour une partie au moins, sur { LABELS("legal_basis_cited", $bases) }. La publicité par e-mail ou SMS requiert le consentement préalable du destinataire ; l'exception pour les clients existants (soft opt-in) n'est pas consignée.
    .remedy = Demander le consentement préalable pour la publicité par e-mail ou SMS, ou consigner que le soft opt-in s'applique : clients existants, produits similaires de l'expéditeur lui-même, et possibilité de s'opposer offerte lors de la collecte et dans chaque message.
    .reference = art. XII.13 du Code de droit économique (CDE) ; arrêté royal du 4 avril 2003 (soft opt-in) ; art. 13 de la directive 2002/58/CE

PUR-008 = Plusieurs bases juridiques sans préciser laquelle couvre quoi
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) se fonde sur { $count ->
        [2] deux bases juridiques
       *[other] { $count } bases juridiques
    } ({ LABELS("legal_basis_cited", $bases) }){ $unscoped ->
        [0] {""}
        [one] , dont 1 sans préciser quand ni pour quoi elle s'applique
       *[other] , dont { $unscoped } sans préciser quand ni pour quoi elles s'appliquent
    }. Les personnes concernées ne peuvent pas savoir quel traitement repose sur quelle base, ni donc de quels droits (opposition, retrait, portabilité) elles disposent.
    .remedy = Scinder la finalité, ou préciser pour chaque base juridique quels traitements, quelles personnes et quelles données elle couvre.
    .reference = art. 5(1)(a) et 13(1)(c) RGPD

PUR-009 = Obligation légale ou mission d'intérêt public sans mention de la loi
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) invoque { LABEL("legal_basis_cited", $basis) } sans consigner la loi qui l'établit : une telle base n'existe que si le droit de l'Union ou le droit d'un État membre impose l'obligation ou la mission (art. 6(3) RGPD).{ $hinted ->
        [true] {" "}Sa condition ou sa portée semble en citer une : consignez-la dans `law`.
       *[other] {""}
    }
    .remedy = Consigner dans le champ `law` de la base juridique le droit de l'Union ou de l'État membre qui établit l'obligation ou la mission (p. ex. la loi et son article).
    .reference = art. 6(1)(c), 6(1)(e) et 6(3) RGPD

PUR-010 = Catégorie de données utilisée par une finalité mais non communiquée aux personnes
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) utilise la catégorie de données « { $category } » ({ NAME($category) }), que l'information fournie aux personnes concernées ne mentionne pas : elles ne peuvent ni prévoir cet usage ni exercer leurs droits à son égard.
    .remedy = Mentionner la catégorie dans l'information fournie aux personnes concernées, ou cesser de l'utiliser pour cette finalité.
    .reference = art. 5(1)(a), 13(1)(c) et 14(1)(d) RGPD

PUR-011 = Données obtenues auprès de tiers sans l'information de l'art. 14
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) utilise des données qui n'ont pas été obtenues auprès des personnes concernées elles-mêmes ({ NAMES($sources) }), et { $informed ->
        [false] il est consigné qu'elles ne sont informées ni de ces données ni de leur source
       *[other] il n'est pas consigné qu'elles sont informées de ces données et de leur source
    } : on ne peut pas s'opposer à des données, ni les faire rectifier, si l'on ignore que le responsable du traitement les détient.
    .remedy = Fournir aux personnes concernées l'information de l'art. 14 RGPD dans un délai d'un mois (au plus tard lors du premier contact), y compris les catégories de données et la source dont elles proviennent.
    .reference = art. 14(1) et (2) RGPD, dont l'art. 14(2)(f) (la source)

PUR-012 = Finalité sans catégories de données
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) ne mentionne aucune catégorie de données : on ne peut pas juger si les données qu'elle utilise sont adéquates, pertinentes et limitées à ce qui est nécessaire.
    .remedy = Consigner les catégories de données que la finalité utilise, afin que leur nécessité puisse être appréciée.
    .reference = art. 5(1)(b), 5(1)(c) et 35(7)(a) RGPD

PUR-013 = Personnes non informées lors de la collecte de leurs données
    .message = Selon ce qui est consigné, la finalité « { $purpose } » ({ NAME($purpose) }) n'informe pas les personnes concernées lors de la collecte de leurs données : elles ne peuvent pas savoir qui traite leurs données, pourquoi, ni quels sont leurs droits.
    .remedy = Fournir l'information de l'art. 13 RGPD (responsable du traitement, finalités et bases juridiques, destinataires, transferts, durée de conservation, droits) au moment de la collecte des données.
    .reference = art. 13(1), 13(2) et 12(1) RGPD

PUR-014 = Soft opt-in invoqué, sans démontrer qu'il couvre la publicité par e-mail ou SMS
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) fait de la publicité par e-mail ou SMS sans consentement en invoquant le soft opt-in, mais { $condition ->
        [data_subjects] elle concerne aussi des personnes qui ne sont pas clientes ({ NAMES($groups) }), que le soft opt-in ne couvre pas
       *[other] { $met ->
            [false] la condition suivante est consignée comme non remplie
           *[other] la condition suivante n'est pas consignée comme remplie
        } : { $condition ->
            [details_from_sale] l'adresse e-mail ou le numéro a été obtenu directement auprès du client dans le cadre d'une vente
            [own_similar_products] la publicité porte uniquement sur des produits similaires de l'expéditeur lui-même
            [objection_at_collection] un moyen gratuit et simple de s'opposer a été offert lors de la collecte
           *[other] chaque message offre un moyen gratuit et simple de s'opposer
        }
    }. L'exception est étroite : elle ne vaut que pour les clients existants et seulement si chaque condition est remplie ; sinon, le consentement préalable est requis.
    .remedy = Démontrer chaque condition du soft opt-in (coordonnées obtenues auprès du client lors d'une vente, uniquement des produits similaires de l'expéditeur, opposition possible lors de la collecte et dans chaque message) et le limiter aux clients existants ; demander à tous les autres leur consentement préalable.
    .reference = art. 13(2) de la directive 2002/58/CE ; art. XII.13 du Code de droit économique (CDE) et art. 1er, 1°, de l'arrêté royal du 4 avril 2003

PUR-015 = Données sensibles sans exception de l'art. 9(2)
    .message = La finalité « { $purpose } » ({ NAME($purpose) }) utilise des catégories particulières de données à caractère personnel ({ NAMES($categories) }), mais aucune exception de l'art. 9(2) RGPD n'est consignée : l'art. 9(1) RGPD interdit le traitement de ces données sauf si l'une d'elles s'applique, en plus d'une base juridique au sens de l'art. 6(1) RGPD.
    .remedy = Consigner quelle exception de l'art. 9(2) RGPD lève l'interdiction pour cette finalité (p. ex. le consentement explicite, art. 9(2)(a)) ; si aucune ne s'applique, cesser d'utiliser ces données pour cette finalité.
    .reference = art. 9(1) et (2) RGPD
