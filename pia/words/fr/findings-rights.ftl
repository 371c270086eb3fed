# Constats sur l'exercice des droits des personnes (pia/findings/rights.py) : un message par règle.

RGT-001 = Preuve d'identité demandée pour chaque demande
    .message = Chaque demande doit être accompagnée d'une preuve d'identité, et pas seulement en cas de doute raisonnable : exiger une preuve par défaut est disproportionné, surtout de la part de personnes que le responsable du traitement connaît déjà (p. ex. connectées à leur compte), et cela dissuade les personnes d'exercer leurs droits.
    .remedy = Ne demander une preuve d'identité qu'en cas de doute raisonnable, et utiliser d'abord ce qui est déjà connu (p. ex. un compte auquel la personne est connectée ou l'adresse e-mail enregistrée).
    .reference = art. 12(2), 12(6) et 5(1)(c) RGPD ; lignes directrices 01/2022 du CEPD sur les droits des personnes concernées – droit d'accès (version 2.0), point 3.3 (proportionnalité de l'identification)

RGT-002 = Document d'identité demandé sans consigne de masquage
    .message = Les personnes doivent fournir un document d'identité, qui montre leur photo et leur numéro d'identification national, sans qu'on leur dise ce qu'elles peuvent masquer : on collecte plus de données qu'il n'en faut pour confirmer l'identité, et les numéros nationaux ne peuvent être utilisés que si le droit national le permet.
    .remedy = Inviter les personnes à masquer la photo, le numéro de registre national et toute autre donnée inutile pour confirmer l'identité, et supprimer la copie dès que l'identité est confirmée.
    .reference = art. 5(1)(c) et 87 RGPD ; lignes directrices 01/2022 du CEPD sur les droits des personnes concernées – droit d'accès (version 2.0), point 3.3 ; loi du 8 août 1983 organisant un registre national des personnes physiques, art. 8 (utilisation du numéro de registre national) et art. 5 (accès aux informations du registre), tels que cités par une source secondaire (texte de la loi non consulté)

RGT-003 = Preuve d'identité supplémentaire possible, sans critères
    .message = Le responsable du traitement peut demander une preuve d'identité supplémentaire, mais l'analyse ne consigne aucun critère précisant quand : les personnes ne peuvent pas prévoir ce qu'elles devront envoyer, et le responsable du traitement risque de demander plus que nécessaire.
    .remedy = Consigner quand une preuve supplémentaire est demandée (ce qui rend un doute raisonnable) et quelle preuve est alors acceptée.
    .reference = art. 12(6) RGPD, considérant 64 ; lignes directrices 01/2022 du CEPD sur les droits des personnes concernées – droit d'accès (version 2.0), point 3.3

RGT-004 = Demande refusée pour un motif que l'art. 12(5) ne permet pas
    .message = Le motif de refus « { LABEL("refusal_ground", $ground) } »{ $wording ->
        [none] {""}
       *[other] {" "}(la notice indique : { $wording })
    } { $ground ->
        [excessive] omet le mot « manifestement » : l'art. 12(5) RGPD ne permet de refuser qu'une demande manifestement excessive, et le responsable du traitement doit le démontrer
        [abusive] n'est pas un motif que cite l'art. 12(5) RGPD : une demande ne peut être refusée que si elle est manifestement infondée ou excessive, ce que le responsable du traitement doit démontrer
       *[other] n'est pas un motif que permet l'art. 12(5) RGPD : seules les demandes manifestement infondées ou excessives peuvent être refusées, et le responsable du traitement doit le démontrer
    }.
    .remedy = Limiter les refus aux demandes manifestement infondées ou manifestement excessives, et consigner comment le responsable du traitement le démontrera dans chaque cas.
    .reference = art. 12(5) RGPD (demandes manifestement infondées ou excessives ; la charge de la preuve incombe au responsable du traitement) ; lignes directrices 01/2022 du CEPD sur les droits des personnes concernées – droit d'accès (version 2.0)

RGT-005 = Aucun délai de réponse aux demandes
    .message = L'analyse n'indique pas dans quel délai les demandes reçoivent une réponse : le respect du délai d'un mois ne peut donc pas être vérifié.
    .remedy = Consigner le délai de réponse : un mois au plus à compter de la réception, prolongé de deux mois au plus, uniquement pour des demandes complexes ou nombreuses, en informant la personne.
    .reference = art. 12(3) RGPD (un mois, prolongeable de deux mois moyennant motivation)

RGT-006 = Délai de réponse supérieur à un mois
    .message = Les demandes reçoivent une réponse dans un délai de { PERIOD($response_time) }, soit plus que le mois que l'art. 12(3) RGPD permet en règle générale ; la prolongation est réservée aux demandes complexes ou nombreuses.
    .remedy = Répondre dans un délai d'un mois à compter de la réception ; n'utiliser la prolongation de deux mois qu'au cas par cas, pour des demandes complexes ou nombreuses, en informant la personne des motifs dans le premier mois.
    .reference = art. 12(3) RGPD (un mois, prolongeable de deux mois moyennant motivation)

RGT-007 = Aucun canal pour exercer les droits
    .message = L'analyse ne consigne aucun moyen permettant aux personnes d'exercer leurs droits : on ne peut donc pas juger si le responsable du traitement en facilite l'exercice.
    .remedy = Consigner comment les personnes introduisent leurs demandes (p. ex. un formulaire web, une adresse e-mail, une adresse postale).
    .reference = art. 12(2) RGPD (faciliter l'exercice des droits), art. 13(2)(b) et 14(2)(c) RGPD

RGT-008 = Droits exerçables uniquement hors ligne alors que les données sont collectées en ligne
    .message = Les demandes ne peuvent être introduites que hors ligne ({ LABELS("channel", $channels, word: "or") }), alors que les données sont collectées en ligne : les personnes devraient aussi pouvoir exercer leurs droits par voie électronique.
    .remedy = Offrir un canal électronique (formulaire web, e-mail, dans le compte) au moins aussi simple que ceux par lesquels les données sont collectées.
    .reference = art. 12(2) RGPD, considérant 59 (moyens de présenter des demandes par voie électronique)

RGT-009 = Traitement des demandes sans source citée
    .message = { $count ->
        [one] 1 élément du traitement des demandes ne cite
       *[other] { $count } éléments du traitement des demandes ne citent
    } aucune source (le premier : { $first }) : un relecteur ne peut pas vérifier d'où viennent ces faits.
    .remedy = Ajouter le document et la section qui décrivent comment les demandes sont traitées.
    .reference = art. 5(2) RGPD (responsabilité) ; lignes directrices concernant l'analyse d'impact relative à la protection des données (WP248 rév.01), annexe 2 (mesures contribuant aux droits des personnes concernées)
