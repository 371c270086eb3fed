# Constats sur la consultation et le réexamen (pia/findings/consultation.py) : titre, message,
# remède et référence juridique de chaque règle.

CON-001 = Pas d'avis du délégué à la protection des données
    .message = Aucun avis du délégué à la protection des données (DPD) n'est consigné : le responsable du traitement doit le demander lorsqu'il effectue l'analyse d'impact, et le consigner.
    .remedy = Demander l'avis du DPD sur l'analyse d'impact et le consigner, avec sa date.
    .reference = art. 35(2) et 39(1)(c) RGPD ; WP248 rév.01, annexe 2 (parties intéressées)

CON-002 = Avis du DPD non suivi, sans motivation
    .message = L'avis du DPD n'a pas été suivi et aucune motivation n'est consignée : lorsque le responsable du traitement s'écarte de l'avis, l'analyse d'impact doit en indiquer les raisons par écrit.
    .remedy = Consigner par écrit pourquoi le responsable du traitement s'écarte de l'avis du DPD.
    .reference = art. 35(2) RGPD ; WP248 rév.01 ; WP243 rév.01 (lignes directrices concernant les délégués à la protection des données), section 4.2

CON-003 = Non consigné si l'avis du DPD a été suivi
    .message = L'avis du DPD est consigné, mais pas la question de savoir si le responsable du traitement l'a suivi : la décision prise sur cet avis fait partie de l'analyse d'impact.
    .remedy = Consigner si le responsable du traitement a suivi l'avis du DPD et, dans la négative, pourquoi.
    .reference = art. 35(2) RGPD ; WP248 rév.01 (l'avis du DPD et la décision du responsable du traitement sont documentés)

CON-004 = Avis des personnes concernées non demandé, sans raison
    .message = { $sought ->
        [none] L'analyse d'impact n'indique pas si l'avis des personnes concernées a été demandé ; s'il ne l'a pas été, les raisons doivent être consignées.
       *[other] L'avis des personnes concernées n'a pas été demandé et aucune raison n'est consignée : lorsqu'il n'est pas demandé, l'analyse d'impact doit en indiquer la raison.
    }
    .remedy = Demander l'avis des personnes concernées ou de leurs représentants (p. ex. par une enquête ou auprès d'une association de consommateurs), ou consigner pourquoi ce n'est pas approprié.
    .reference = art. 35(9) RGPD ; WP248 rév.01 (documenter les raisons de ne pas demander l'avis)

CON-005 = Avis des personnes concernées demandé mais non consigné
    .message = L'avis des personnes concernées a été demandé, mais ce qu'elles ont dit n'est pas consigné ; on ne peut donc pas montrer que la décision en a tenu compte.
    .remedy = Consigner les avis reçus et la manière dont l'analyse d'impact en a tenu compte.
    .reference = art. 35(9) RGPD ; WP248 rév.01 (documenter les avis et tout écart par rapport à ceux-ci)

CON-006 = Pas de date de réexamen
    .message = Aucune date de réexamen n'est fixée : rien ne garantit que l'analyse d'impact sera revue lorsque le traitement ou ses risques changent.
    .remedy = Fixer une date à laquelle l'analyse d'impact sera réexaminée, et la réexaminer plus tôt si le traitement ou ses risques changent.
    .reference = art. 35(11) RGPD ; WP248 rév.01 (l'AIPD est un processus continu, réexaminé régulièrement)

CON-007 = Date de réexamen déjà dépassée à la date de l'analyse d'impact
    .message = Le réexamen était prévu le { $review_date }, avant la date de l'analyse d'impact ({ $as_of }) : le réexamen de l'analyse d'impact est en retard.
    .remedy = Réexaminer l'analyse d'impact maintenant et fixer la prochaine date de réexamen.
    .reference = art. 35(11) RGPD
