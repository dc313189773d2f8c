### innerpulse — questionnaire intégré « Baromètre des services internes », français.
### Variables : $provider (département prestataire), $service (nom du service), $standard (engagement de service).

questionnaire-name = Baromètre des services internes

## Questions

q-overall = Dans l’ensemble, le service « { $service } » me donne satisfaction.
q-standard = { $provider } tient son engagement : « { $standard } ».
q-responsiveness = Quand j’ai besoin du service « { $service } », j’obtiens une réponse en temps utile.
q-reliability = Je peux compter sur le service « { $service } » : il fonctionne comme promis.
q-communication = { $provider } me tient au courant de l’avancement de mes demandes.
    .help = Par exemple : confirmation de la réception de votre demande, points d’étape et message clair une fois la demande traitée.
q-recommend = Quelle est la probabilité que vous recommandiez le service « { $service } » à un collègue ?
q-lost-time = Au cours du dernier mois, combien de temps de travail les problèmes liés au service « { $service } » vous ont-ils fait perdre ?
    .help = Comptez l’attente, les solutions de contournement et le travail à refaire.
q-change = Si { $provider } ne devait changer ou améliorer qu’une seule chose, laquelle serait-ce ?
    .help = Un exemple concret est ce qui aide le plus. Évitez les détails qui pourraient vous identifier, vous ou d’autres personnes.
q-thanks = Souhaitez-vous remercier quelqu’un chez { $provider } ? Pour quelle raison ?
    .help = Facultatif. Vos remerciements sont transmis à { $provider } sans votre nom.

## Échelle d’accord (1–5)

scale-agree-1 = Pas du tout d’accord
scale-agree-2 = Pas d’accord
scale-agree-3 = Ni d’accord ni pas d’accord
scale-agree-4 = D’accord
scale-agree-5 = Tout à fait d’accord

## Échelle de recommandation (0–10)

scale-recommend-low = Pas du tout probable
scale-recommend-high = Extrêmement probable

## Temps de travail perdu

lost-time-0 = Aucun
lost-time-1 = Moins d’une heure
lost-time-2 = 1 à 4 heures
lost-time-3 = D’une demi-journée à une journée
lost-time-4 = Plus d’une journée

## Oui / non

answer-yes = Oui
answer-no = Non

## Dimensions (libellés courts pour les graphiques)

dimension-reliability = Fiabilité
dimension-responsiveness = Réactivité
dimension-communication = Communication
dimension-competence = Compétence
dimension-courtesy = Courtoisie
dimension-standard = Engagement de service
dimension-overall = Global
