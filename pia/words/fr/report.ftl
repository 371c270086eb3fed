language = fr
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
period-day = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
period-week = { $n ->
    [one] { $n } semaine
   *[other] { $n } semaines
}
period-month = { $n ->
    [one] { $n } mois
   *[other] { $n } mois
}
period-year = { $n ->
    [one] { $n } an
   *[other] { $n } ans
}
page-page = page
page-of = sur
list-and = et
list-or = ou
document-kind = Analyse d'impact relative à la protection des données (AIPD)
document-basis = Art. 35 RGPD, structurée selon l'art. 35(7) RGPD et l'annexe 2 des lignes directrices WP248 rév. 01
chapters-contents = Table des matières
chapters-summary = Synthèse pour la direction
chapters-description = Description systématique du traitement
chapters-necessity = Nécessité et proportionnalité
chapters-risk = Évaluation des risques
chapters-measures = Mesures et plan d'action
chapters-findings = Constats
chapters-consultation = Avis du DPD et point de vue des personnes concernées
chapters-signoff = Décision et signature
chapters-method = Méthode et échelles
chapters-sources = Sources
sections-decision = La décision demandée à la direction
sections-key_figures = En un coup d'œil
sections-top_risks = Principaux risques avant et après mesures
sections-blockers = Constats bloquants
sections-processing = Le traitement
sections-data_categories = Catégories de données
sections-data_subjects = Personnes concernées
sections-data_sources = Origine des données
sections-recipients = Destinataires et sous-traitants
sections-transfers = Transferts hors de l'EEE
sections-retention = Conservation
sections-documents = Documents dont proviennent les faits
sections-purposes = Finalités et bases juridiques
sections-rights = Exercice des droits des personnes concernées
sections-screening = Une AIPD est-elle requise ? Analyse préalable
sections-risk_purposes = Risques des finalités
sections-risk_transfers = Risques des transferts
sections-risk_retention = Risques de la conservation
sections-register = Registre et carte des risques
sections-measures = Mesures
sections-action_plan = Plan d'action
sections-dpo = Avis du délégué à la protection des données
sections-views = Point de vue des personnes concernées
sections-method = Comment l'analyse a été réalisée
sections-scales = Échelles de risque
sections-matrix = Matrice des risques
sections-finding_severities = Gravité des constats
sections-cited_documents = Documents et sections cités
sections-cited_law = Textes légaux, lignes directrices et décisions cités
labels-title = Titre
labels-controller = Responsable du traitement
labels-jurisdiction = Autorité de contrôle compétente (pays)
labels-version = Version
labels-status = Statut
labels-date = Date de l'analyse
labels-review_date = Date de révision
labels-document_date = Date
labels-content_hash = Empreinte du contenu (SHA-256)
labels-method = Méthode d'évaluation des risques
labels-analysts = Analystes
labels-dpo_contact = Contact du DPD
labels-not_recorded = non consigné
labels-none_recorded = Rien n'est consigné.
labels-id = Identifiant
labels-name = Nom
labels-kind = Type
labels-sensitivity = Sensibilité
labels-declared = Communiquée aux personnes
labels-inferred = Déduite
labels-group = Groupe
labels-vulnerable = Vulnérable
labels-count = Nombre approximatif
labels-provider = Fournisseur
labels-channels = Canaux
labels-categories = Catégories de données
labels-role = Rôle
labels-service = Service
labels-country = Pays
labels-parent_country = Société mère établie en
labels-processor_contract = Contrat de sous-traitance (art. 28(3))
labels-recipient = Destinataire
labels-tool = Outil de transfert
labels-scc_module = Module des clauses contractuelles types
labels-impact_assessment = Évaluation d'impact du transfert (TIA)
labels-data_protection = Ce que le destinataire peut lire
labels-supplementary_measures = Mesures supplémentaires
labels-reevaluation = Réévaluation
labels-applies_to = S'applique à
labels-period = Durée
labels-trigger = Point de départ
labels-justification = Justification
labels-deletion = À l'échéance
labels-purposes = Finalités
labels-sources = Sources
labels-note = Note de l'analyste
labels-automated_decisions = Décisions automatisées produisant des effets juridiques ou des effets similaires (art. 22)
labels-innovative_technology = Technologie nouvelle ou nouvel usage d'une technologie (WP248, critère 8)
labels-prevents_exercising_rights = Décide de l'accès à un droit, à un service ou à un contrat (WP248, critère 9)
labels-dpf_certified = destinataire inscrit sur la liste du DPF
labels-archive = Archivage après l'utilisation active
labels-access_restricted = accès restreint
labels-law = Loi qui prévoit le traitement (art. 6(3))
labels-special_category_exception = Exception pour les catégories particulières de données (art. 9(2))
labels-soft_opt_in = Soft opt-in : e-mail ou SMS à des clients existants sans consentement
labels-details_from_sale = Coordonnées obtenues auprès du client lors d'une vente
labels-own_similar_products = Uniquement des produits similaires de l'expéditeur lui-même
labels-objection_at_collection = Opposition gratuite et simple proposée lors de la collecte
labels-objection_in_each_message = Opposition gratuite et simple dans chaque message
labels-available = Disponible pour l'analyste
labels-language = Langue
labels-location = Emplacement
labels-description = Description
labels-profiling = Profilage
labels-direct_marketing = Prospection (marketing direct)
labels-data_subjects = Personnes concernées
labels-data_sources = Sources des données
labels-legal_bases = Bases juridiques
labels-basis = Base juridique
labels-applies_when = S'applique lorsque
labels-scope = Portée
labels-interest = Intérêt poursuivi
labels-test = Étape
labels-outcome = Résultat
labels-reasoning = Raisonnement
labels-consent = Consentement
labels-how_obtained = Comment il est obtenu
labels-granular = Distinct pour chaque finalité
labels-records_kept = Preuve du consentement conservée
labels-withdrawal_path = Comment il est retiré
labels-withdrawal_called_objection = Retrait présenté comme une opposition
labels-objection = Opposition
labels-objection_channel = Où et comment
labels-as_easy = Aussi simple que de fournir les données
labels-brought_to_attention = Présentée clairement et séparément (art. 21(4))
labels-informed_at_collection = Information lors de la collecte (art. 13)
labels-informed_of_other_sources = Information sur les données obtenues ailleurs (art. 14)
labels-checks = Vérifications
labels-identity_when = Preuve d'identité demandée
labels-identity_documents = Documents demandés
labels-masking = Ce qui peut être masqué
labels-more_proof = Des preuves supplémentaires peuvent être demandées
labels-refusals = Motifs de refus des demandes
labels-response_time = Délai de réponse
labels-verdict = Conclusion
labels-criteria_met = Critères WP248 remplis
labels-criterion = Critère
labels-result = Résultat
labels-reasons = Pourquoi
labels-severity = Gravité
labels-likelihood = Vraisemblance
labels-level = Niveau de risque
labels-inherent = Avant mesures
labels-residual = Après mesures
labels-factors = Facteurs
labels-points = Échelons
labels-reference = Référence
labels-proposed = proposé
labels-override = Ajustement
labels-rationale = Justification
labels-origin = Origine
labels-concerns = Concerne
labels-measures = Mesures
labels-owner = Responsable
labels-due = Échéance
labels-reduces = Réduit
labels-treats = Risques traités
labels-finding = Constat
labels-field = Champ
labels-remedy = Action recommandée
labels-advice = Avis
labels-followed = Avis suivi
labels-reasons_not_followed = Raisons de ne pas le suivre
labels-sought = Point de vue demandé
labels-views = Points de vue
labels-why_not_sought = Pourquoi il n'a pas été demandé
labels-decision = Décision
labels-conditions = Conditions
labels-accepted_findings = Constats bloquants acceptés
labels-signed_hash = Empreinte du contenu à la signature
labels-current_hash = Empreinte du contenu de cette version
labels-signature = Signature
labels-overall_residual = Risque résiduel global
labels-overall_inherent = Risque global avant mesures
labels-screening_verdict = Conclusion de l'analyse préalable
labels-art36 = Consultation préalable (art. 36 RGPD)
labels-findings_open = Constats ouverts
labels-cited_by = Cité par
labels-document = Document
labels-sections_cited = Sections citées (nombre de faits)
labels-facts = faits
labels-page = Page
labels-appendix = Annexe
labels-interest_test = Intérêt légitime : le test en trois étapes
labels-axes_order = gravité × vraisemblance
labels-signed_on = Date de la décision
labels-answer_yes = oui
labels-answer_no = non
labels-unknown = non consigné
labels-more_risks = { $n ->
        [1] Un autre risque figure au chapitre { $chapter }.
       *[other] { $n } autres risques figurent au chapitre { $chapter }.
    }
labels-no_blockers = Aucun constat bloquant n'est ouvert.
labels-severity_steps = gravité −{ $n }
labels-likelihood_steps = vraisemblance −{ $n }
labels-measure_counted = compte pour le risque résiduel
labels-measure_not_counted = ne compte pas (non décidée)
texts-decision_intro = La direction est invitée à décider si le traitement « { $title } » peut être mis en œuvre tel que la présente analyse le décrit : l'approuver, l'approuver sous conditions ou le rejeter.
texts-decision_blockers = { $n ->
        [1] Un constat bloquant est ouvert.
       *[other] { $n } constats bloquants sont ouverts.
    } Une approbation exige que chacun soit d'abord résolu, ou accepté explicitement par une justification écrite consignée lors de la signature.
texts-decision_no_measures = Aucune mesure n'est encore consignée : le risque après mesures est donc égal au risque avant mesures.
texts-decision_art36 = Le risque résiduel est élevé ({ $risks }) : en vertu de l'art. 36(1) RGPD, l'autorité de contrôle doit être consultée avant le début du traitement, à moins que des mesures supplémentaires ne ramènent chaque risque résiduel sous le niveau élevé.
texts-decision_no_art36 = Aucun risque ne reste élevé après les mesures consignées : la consultation préalable prévue à l'art. 36(1) RGPD n'est pas requise.
texts-art36_required = { $n ->
        [one] Requise : { $n } risque reste élevé après mesures.
       *[other] Requise : { $n } risques restent élevés après mesures.
    }
texts-art36_not_required = Non requise.
texts-screening_line = { $verdict } : { $met ->
        [one] { $met } critère WP248 sur { $total } rempli
       *[other] { $met } critères WP248 sur { $total } remplis
    }{ $national ->
        [none] {""}
       *[other] ; sur la liste de l'APD : { $national }
    }{ $art35_3 ->
        [none] {""}
       *[other] ; art. 35(3) RGPD : { $art35_3 }
    }.
texts-finding_counts = { $blocker ->
        [one] { $blocker } bloquant
       *[other] { $blocker } bloquants
    }, { $major ->
        [one] { $major } majeur
       *[other] { $major } majeurs
    }, { $minor ->
        [one] { $minor } mineur
       *[other] { $minor } mineurs
    }, { $info } pour information
texts-no_risks = Aucun risque n'est consigné ni proposé.
texts-no_measures = Aucune mesure n'est consignée. Tant qu'aucune mesure n'est décidée (prévue, en cours ou mise en œuvre), chaque risque résiduel est égal au risque inhérent. Les actions recommandées des constats (chapitre { $chapter }) indiquent ce qu'il faut faire.
texts-no_dpo_advice = Aucun avis du délégué à la protection des données n'est consigné (art. 35(2) RGPD).
texts-no_signoffs = L'analyse n'a pas été signée. Une signature consigne le nom, la fonction, la décision, les conditions, la date et l'empreinte SHA-256 du contenu de l'analyse, et est signée avec la clé SSH du signataire ; toute modification ultérieure du contenu la rend périmée, toute modification de l'enregistrement invalide la signature.
texts-stale_signoff = PÉRIMÉE : l'analyse a été modifiée après cette signature ({ $signed } à la signature, { $current } à présent). Elle ne s'applique pas à cette version.
texts-verified_signoff = Signée et vérifiée : signée par { $principal } avec la clé { $fingerprint }, que la liste des signataires autorisés lui attribue ; ni l'enregistrement ni le contenu n'ont changé depuis.
texts-unsigned_signoff = Consignée mais non signée : aucune clé n'a signé cet enregistrement ; rien ne prouve donc qui l'a consigné ni qu'il n'a pas été modifié. L'empreinte du contenu correspond toujours.
texts-invalid_signoff = SIGNATURE NON VALIDE : la signature ne correspond pas à cet enregistrement (un champ, ou sa place après la signature précédente, a été modifié) ou sa clé n'est pas autorisée à signer pour { $principal }. On ne peut pas se fier à cette signature.
texts-unchecked_signoff = IMPOSSIBLE À VÉRIFIER : son empreinte n'est pas sous la forme canonique { $form }, celle que cette version de pia vérifie. Elle ne s'applique pas à cette version tant qu'elle n'a pas été signée à nouveau.
texts-sign_here = À compléter par le signataire
texts-findings_intro = { $total ->
        [one] { $total } constat. Il indique
       *[other] { $total } constats, du plus grave au moins grave. Chacun indique
    } le champ concerné, l'article ou la ligne directrice sur lequel il repose, et ce qu'il faut faire.
texts-screening_not_decidable = impossible à trancher sur la base des faits consignés
texts-item_count = { $n ->
        [one] { $n } élément
       *[other] { $n } éléments
    }
texts-risk_intro = Chaque finalité, chaque transfert et chaque règle de conservation reçoit une gravité et une vraisemblance ; chaque échelon vers le haut ou vers le bas est un facteur, avec sa raison et sa référence. Le niveau est lu dans la matrice de la méthode ({ $method } ; annexe A).
texts-register_intro = Le registre reprend les risques consignés par l'analyste et, pour chaque élément qu'aucun risque consigné ne couvre, le risque proposé. Un ajustement ne remplace un niveau proposé que s'il est motivé.
status-draft = Projet, non signé
status-verified = Signé et vérifié
status-unsigned = Consigné mais non signé
status-invalid = Signature non valide
status-stale = Périmé — modifié après la signature
status-unchecked = Périmé — impossible à vérifier
status-rejected = Rejeté
status_note-draft = En attente de la décision de la direction (chapitre 8).
status_note-verified = Signé avec une clé figurant sur la liste des signataires autorisés ; ni la signature ni le contenu n'ont changé depuis.
status_note-unsigned = La décision est consignée mais n'est pas signée avec une clé : rien ne prouve qui l'a consignée.
status_note-invalid = La signature d'une décision ne peut être vérifiée : l'enregistrement a été modifié, les signatures ont été réordonnées ou supprimées, ou la clé n'est pas autorisée à signer. On ne peut pas se fier aux signatures.
status_note-stale = Le contenu a changé après la signature : la décision ne s'applique plus à cette version.
status_note-unchecked = Cette version de pia ne peut pas vérifier la dernière signature par rapport au contenu : l'analyse doit être signée à nouveau.
status_note-rejected = Le traitement a été rejeté lors de la signature.
method-paragraphs-1 = La présente analyse suit l'art. 35(7) RGPD et les critères d'une AIPD acceptable énoncés à l'annexe 2 des lignes directrices du groupe de travail « article 29 » concernant l'analyse d'impact relative à la protection des données (AIPD) et la manière de déterminer si le traitement est « susceptible d'engendrer un risque élevé » aux fins du règlement (UE) 2016/679 (WP248 rév. 01), approuvées par le CEPD. Le classeur consigne ce que l'analyste a trouvé dans les sources, et où ; chaque score et chaque constat du présent rapport est recalculé à partir de ces réponses lors de l'établissement du rapport. Aucun n'est enregistré ; aucun ne peut donc s'écarter des réponses.
method-paragraphs-2 = L'analyse préalable applique les neuf critères des lignes directrices WP248 rév. 01 (un traitement qui en remplit deux ou plus nécessitera dans la plupart des cas une AIPD), les trois cas de l'art. 35(3) RGPD et la liste de l'Autorité de protection des données établie en vertu de l'art. 35(4). Un critère que les faits consignés ne permettent pas de trancher est signalé comme tel ; il revient à l'analyste d'en juger.
method-paragraphs-3 = Chaque finalité, chaque transfert et chaque règle de conservation reçoit une gravité (ce qui est en jeu pour les personnes) et une vraisemblance (la probabilité d'un préjudice, compte tenu des garanties consignées). Toutes deux partent du niveau le plus bas ; chaque facteur les relève ou les abaisse du nombre d'échelons indiqué, et cite sa raison ainsi que la loi ou la ligne directrice sur laquelle il repose. Le niveau de risque est lu dans la matrice ci-dessous. L'analyste ne peut ajuster un niveau proposé qu'avec une justification écrite ; le rapport présente côte à côte la proposition, l'ajustement et la justification.
method-paragraphs-4 = Une mesure abaisse la gravité ou la vraisemblance du nombre d'échelons consigné dès qu'elle est prévue, en cours ou mise en œuvre ; les mesures proposées ou abandonnées ne comptent pas. Un risque qui reste élevé après les mesures impose la consultation préalable de l'autorité de contrôle (art. 36(1) RGPD).
method-paragraphs-5 = Les constats découlent de règles générales qui s'appliqueraient à toute analyse. Chacun a un identifiant stable, une gravité, le champ concerné, l'article ou la ligne directrice sur lequel il repose, et une action recommandée.
method-matrix_note = La répartition de la matrice en niveaux faible, moyen et élevé est un choix propre au classeur : les autorités de contrôle publient les niveaux, pas le calcul.
method-description = Description
labels-facts_language = Langue des faits consignés
texts-facts_language = { $language ->
        [none] non consignée
       *[other] { $language }
    }{ $sources ->
        [none] {""}
       *[other] , à partir de sources en { $sources }
    }
colon = {"\u00A0"}:
