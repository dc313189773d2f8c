### innerpulse — paramétrage RH : relations de service, questionnaires, cycles d’enquête. Français.
### Texte brut uniquement : les gabarits ajoutent toute la mise en forme.

form-has-errors = Veuillez corriger les champs signalés ci-dessous.
rel-actions = Actions

## Relations de service

rel-title = Services entre départements
rel-intro = Qui sert qui : chaque ligne est un service qu’un département rend à un client interne, avec l’engagement qu’il prend.
rel-new = Nouveau service
rel-edit-title = Modifier le service
rel-count = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
rel-empty = Aucun service pour l’instant. Ajoutez le premier : quel département sert quel client interne ?
rel-no-departments = Créez d’abord au moins deux départements.
rel-provider = Département prestataire
rel-customer = Client interne
rel-everyone = Toute l’organisation
rel-choose = Choisissez un département
rel-service-name = Nom du service
rel-service-name-example = p. ex. support informatique
rel-service-standard = Engagement de service
rel-service-standard-help = La promesse du prestataire, p. ex. « demandes traitées sous 4 heures ouvrées ». Les clients la voient dans l’enquête.
rel-no-standard = Pas encore d’engagement
rel-repeat-days = Intervalle entre deux sollicitations (jours)
rel-repeat-days-help = Après une interaction, un salarié est interrogé sur ce service au plus une fois sur ce nombre de jours. Vide : 30.
rel-active = Actif : inclure ce service dans les enquêtes
rel-status = Statut
rel-deactivate = Désactiver
rel-reactivate = Réactiver
rel-matrix-title = Carte des services
rel-matrix-intro = Prestataires en lignes, clients internes en colonnes. Sélectionnez un service pour le modifier.
rel-matrix-caption = Services par prestataire et client interne
rel-matrix-link = Afficher la carte des services
rel-list-link = Afficher en liste
rel-delete-title = Supprimer le service « { $name } » ?
rel-delete-text = Le service et sa place dans les cycles d’enquête sont supprimés. Cette action est irréversible.
rel-in-use = Ce service a déjà des vagues d’enquête ou des réponses : il ne peut pas être supprimé. Désactivez-le plutôt : il garde son historique et n’est plus sondé.

err-rel-self = Un département ne peut pas être son propre client interne.
err-rel-duplicate = Ce prestataire propose déjà un service de ce nom à ce client.
err-rel-name-length = Donnez au service un nom de 1 à 120 caractères.
err-rel-standard-length = L’engagement de service doit faire moins de 2000 caractères.
err-rel-provider-unknown = Choisissez un département prestataire existant.
err-rel-customer-unknown = Choisissez un département existant, ou toute l’organisation.
err-rel-repeat-days = L’intervalle est un nombre entier de jours de 1 à 365.

## Questionnaires

qn-title = Questionnaires
qn-intro = Les questions posées dans chaque section de l’enquête. Le questionnaire intégré est prêt à l’emploi ; copiez-le pour l’adapter.
qn-empty = Aucun questionnaire pour l’instant.
qn-builtin = Intégré
qn-version = Version { $version }
qn-locked = Utilisé par une vague
qn-editable = Modifiable
qn-question-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
qn-copy = Créer une copie modifiable
qn-copy-suffix = (copie)
qn-readonly = Le questionnaire intégré ne peut pas être modifié. Faites-en une copie pour l’adapter.
qn-locked-notice = Une vague d’enquête utilise cette version : elle reste telle quelle. Toute modification enregistrée crée la version { $next }.
qn-new-version = Cette version était utilisée : votre modification a été enregistrée dans une nouvelle version { $version }.
qn-previous-version = Remplace la version { $version }
qn-name = Nom
qn-rename = Enregistrer le nom
qn-questions = Questions
qn-no-questions = Ce questionnaire n’a pas encore de questions.
qn-add-question = Ajouter une question
qn-edit-question = Modifier la question
qn-kind = Type de réponse
qn-dimension = Dimension
qn-required = Réponse obligatoire
qn-optional = Facultative
qn-texts-in = Textes : { $language }
qn-texts-help = Rédigez la question au moins dans la langue par défaut de l’organisation. Variables : {"{"}provider{"}"}, {"{"}service{"}"}, {"{"}standard{"}"}.
qn-prompt = Question
qn-help = Texte d’aide
qn-options = Options, une par ligne
qn-options-help = Uniquement pour les choix uniques et le temps de travail perdu ; chaque langue doit avoir le même nombre d’options.
qn-no-text = Pas de texte dans cette langue
qn-move-up = Monter
qn-move-down = Descendre
qn-remove = Retirer
qn-remove-title = Retirer cette question ?
qn-remove-text = La question et ses textes dans toutes les langues sont retirés de ce questionnaire.

kind-rating = Échelle d’accord 1–5
kind-recommend = Recommandation 0–10
kind-yes_no = Oui ou non
kind-choice = Choix unique
kind-lost_time = Temps de travail perdu
kind-text = Commentaire
kind-thanks = Remerciements

err-qn-name-length = Donnez au questionnaire un nom de 1 à 200 caractères.
err-qn-kind = Choisissez le type de réponse.
err-qn-dimension = Choisissez une dimension.
err-qn-prompt-default = Rédigez la question au moins dans la langue par défaut de l’organisation.
err-qn-prompt-missing = Cette langue a un texte d’aide ou des options, mais pas de question.
err-qn-prompt-length = La question doit faire moins de 500 caractères.
err-qn-help-length = Le texte d’aide doit faire moins de 1000 caractères.
err-qn-option-length = Utilisez au plus 12 options d’au plus 200 caractères chacune.
err-qn-options-min = Un choix demande au moins deux options, une par ligne.
err-qn-options-count = Chaque langue doit avoir le même nombre d’options.
err-qn-last-question = Un questionnaire doit garder au moins une question.
err-qn-builtin = Le questionnaire intégré ne peut pas être modifié. Faites-en une copie pour l’adapter.

## Cycles d’enquête

cy-title = Cycles d’enquête
cy-intro = Quand et à quelle fréquence les clients internes sont interrogés : chaque cycle ouvre une vague d’enquête selon son calendrier.
cy-empty = Aucun cycle d’enquête pour l’instant. Créez-en un pour commencer à interroger les clients internes.
cy-new = Nouveau cycle d’enquête
cy-edit-title = Modifier le cycle d’enquête
cy-edit = Modifier les réglages
cy-name = Nom
cy-questionnaire = Questionnaire
cy-relationships = Services
cy-all-relationships = Tous les services actifs
cy-chosen-relationships = Seulement les services cochés ci-dessous
cy-no-relationships = Il n’y a pas encore de services.
cy-cadence = Fréquence
cadence-weekly = Chaque semaine
cadence-every_two_weeks = Toutes les deux semaines
cadence-monthly = Chaque mois
cadence-quarterly = Chaque trimestre
cadence-custom = Règle personnalisée
cy-timezone = Fuseau horaire
cy-timezone-other = Autre fuseau horaire
cy-timezone-other-help = Tout nom de fuseau IANA, p. ex. America/Sao_Paulo. Laissez vide pour utiliser la liste.
cy-first-date = Première ouverture : date
cy-first-time = Première ouverture : heure locale
cy-first-help = Dans le fuseau du cycle ; les vagues suivantes ouvrent à la même heure locale, y compris après un changement d’heure.
cy-days-open = Jours d’ouverture
cy-reminder-after = Premier rappel après (jours)
cy-reminder-after-help = Vide : aucun rappel. Doit être inférieur au nombre de jours d’ouverture.
cy-max-reminders = Nombre maximal de rappels
cy-fatigue-cap = Sections au plus par salarié et par vague
cy-fatigue-cap-help = Protège contre la lassitude ; 3 est un bon début.
cy-sample = Part de l’échantillon (%)
cy-sample-help = Facultatif : n’inviter que cette part des salariés à chaque vague.
cy-active = Actif : ouvrir les vagues selon le calendrier
cy-status = Statut
cy-paused = En pause
cy-pause = Mettre en pause
cy-resume = Reprendre
cy-next-opening = Prochaine ouverture
cy-none = —
cy-next-openings = Cinq prochaines ouvertures
cy-next-openings-empty = Aucune ouverture à venir.
cy-paused-notice = Ce cycle est en pause : aucune vague n’ouvre tant que vous ne le reprenez pas.
cy-local-time = Heure locale ({ $zone })
cy-utc-time = UTC
cy-held-notice =
    { $count ->
        [one] { $count } réponse de tours clos est encore scellée : un service qu’elle évalue avait moins de réponses que le seuil d’anonymat. Elle sera publiée avec le prochain tour qui amène ce service au seuil.
       *[other] { $count } réponses de tours clos sont encore scellées : un service qu’elles évaluent avait moins de réponses que le seuil d’anonymat. Elles seront publiées avec le prochain tour qui amène ce service au seuil.
    }
cy-waves-link = Vagues et envoi
cy-every-relationship = Tous les services actifs

err-cy-name-length = Donnez au cycle un nom de 1 à 200 caractères.
err-cy-questionnaire = Choisissez un questionnaire existant.
err-cy-relationships-none = Cochez au moins un service, ou incluez tous les services actifs.
err-cy-relationship-unknown = L’un des services cochés n’existe plus.
err-cy-cadence = Choisissez la fréquence d’ouverture des vagues.
err-cy-timezone = Ce n’est pas un fuseau horaire IANA connu (par exemple Europe/Paris).
err-cy-date = Saisissez la date au format AAAA-MM-JJ.
err-cy-time = Saisissez l’heure au format HH:MM.
err-cy-time-nonexistent = Cette heure locale n’existe pas ce jour-là, car on avance les horloges. Choisissez une autre heure.
err-cy-time-ambiguous = Cette heure locale existe deux fois ce jour-là, car on recule les horloges. Choisissez une autre heure.
err-cy-days-open = Une vague reste ouverte au moins 1 jour (au plus 90).
err-cy-reminder-after = Le premier rappel part après 1 jour ou plus, avant la fermeture de la vague.
err-cy-max-reminders = Envoyez de 0 à 5 rappels au plus.
err-cy-fatigue-cap = Posez au moins 1 section par salarié et par vague (au plus 20).
err-cy-sample = La part de l’échantillon est un pourcentage entier de 1 à 100.
