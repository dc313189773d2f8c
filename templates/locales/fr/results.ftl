### innerpulse — pages de résultats pour les prestataires et les RH (tableau de bord, vue d’ensemble, exports). Français.

results-intro = Ce que les clients internes pensent de chaque service. Chaque chiffre n’apparaît que lorsque suffisamment de collègues ont répondu pour rester anonymes.
results-no-providers = Il n’y a pas encore de service dont vous pouvez voir les résultats.
results-no-services = Ce département ne fournit encore aucun service.
results-overview-link = Vue d’ensemble de l’organisation
results-export-all = Exporter tous les résultats en CSV
results-back = Tous les résultats
results-provider-title = Résultats de { $provider }
results-gate-note = Un chiffre n’apparaît que si au moins { $k } collègues ont répondu ; les groupes plus petits sont masqués ou regroupés pour que personne ne puisse déduire les réponses de quelqu’un.
results-for-customer = Pour { $customer }
results-for-everyone = Pour toute l’organisation
results-inactive = n’est plus interrogé
results-standard = Engagement de service :
results-no-final-wave = Aucune campagne sur ce service n’est encore clôturée.
results-period = Campagne du { $starts } au { $ends }
results-record-action = Enregistrer une action
results-see-actions = Actions
results-live-title = Une campagne est ouverte jusqu’au { $closes }.
results-live-rate = { $answered } collègues sur { $invited } ont répondu jusqu’ici ({ $rate } %).
results-live-too-few = Moins de { $k } collègues ont répondu jusqu’ici.
results-live-why = Les scores apparaissent à la clôture : des chiffres qui changent à chaque réponse révéleraient ce que la dernière personne a dit.
results-responses-label = Réponses
results-not-applicable = Pas utilisé
results-carried-over =
    { $count ->
        [one] Comprend { $count } réponse reportée du tour du { $since } : elle est restée scellée jusqu’à ce que le service ait assez de réponses pour être affiché.
       *[other] Comprend { $count } réponses reportées du tour du { $since } : elles sont restées scellées jusqu’à ce que le service ait assez de réponses pour être affiché.
    }
results-rate-label = Taux de réponse
results-headline = Satisfaction globale
results-dimensions = Par dimension
results-questions = Question par question
results-question-not-enough = Pas assez de réponses pour cette campagne : les chiffres d’une question s’affichent dès qu’au moins { $k } collègues y ont répondu.
results-favourable = { $share } % d’accord
results-nps-split = { $promoters } % promoteurs, { $passives } % passifs, { $detractors } % détracteurs
results-yes-share = { $share } % oui
results-answers =
    { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }
results-distribution = Répartition des réponses
results-answer = Réponse
results-share = Part
results-answers-col = Réponses
results-comments-too-few = Les commentaires s’affichent dès que suffisamment de collègues ont répondu, pour que personne ne soit reconnu à ce qu’il a écrit.
results-no-comments = Aucun commentaire pour cette campagne.
results-comments-note = Dans un ordre aléatoire et sans date, pour que personne ne soit reconnu.
results-comment-label = Commentaire
results-reply = Répondre en privé
results-trend-title =
    { $count ->
        [one] Évolution sur la dernière campagne
       *[other] Évolution sur les { $count } dernières campagnes
    }
results-trend-headline = Satisfaction globale par campagne (1–5)
results-trend-nps = NPS interne par campagne (−100 à 100)
results-chart-data = Afficher les chiffres sous forme de tableau
results-not-enough-this-round = Pas assez de réponses pour cette campagne
results-no-answers-this-round = Aucune réponse pour cette campagne
results-n = n = { $count }
results-dimension-from =
    { $used ->
        [one] d’après { $used } question sur { $total } pour cette campagne
       *[other] d’après { $used } questions sur { $total } pour cette campagne
    }
results-question-trend = Cette question sur les { $count } dernières campagnes
results-touchpoints = Après les interactions (points de contact), par mois
results-month = Mois
results-breakdown = Par département client
results-customer-department = Département client
results-all-customers = Tous les clients
results-breakdown-merged = Les départements avec moins de { $k } réponses sont regroupés dans « Autres départements » (ou omis) pour que leurs réponses ne puissent pas être déduites par soustraction.

overview-title = Vue d’ensemble de l’organisation
overview-wave = Campagne
overview-metric = Indicateur
overview-show = Afficher
overview-heatmap = Services par département client
overview-heatmap-help = Chaque case : la note qu’un département client donne à un département prestataire. « <{ $k } » signifie trop peu de réponses pour l’afficher.
overview-provider = Prestataire
overview-withheld-title = Moins de { $k } réponses, ou l’afficher permettrait de déduire les réponses d’un petit groupe
overview-no-answers = aucune réponse
overview-ranking = Classement des services
overview-no-ranking = Aucun service n’a encore assez de réponses pour cette campagne (au moins { $k }).
overview-by-score = Par satisfaction globale
overview-by-change = Par évolution depuis la campagne précédente
overview-no-change = Pas de campagne précédente à comparer.
overview-participation = Participation par cycle
overview-one-question = Une question
overview-question = Question
overview-question-help = Utilisée avec « Une question » : sa moyenne, ou la part de « oui ».
overview-the-service = le service
overview-the-provider = le prestataire
overview-the-standard = son engagement de service

comments-title = Commentaires sur { $service }
comments-back = Retour aux résultats de { $provider }
comments-count =
    { $count ->
        [one] { $count } commentaire ou remerciement.
       *[other] { $count } commentaires et remerciements.
    }
comments-see-all = Voir les { $count } commentaires et remerciements
