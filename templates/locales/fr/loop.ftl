### innerpulse — boucler la boucle : actions, conversations, remerciements, français.
### Texte brut uniquement : les modèles ajoutent la mise en forme. Les nombres sont des nombres.

nav-conversations = Conversations
nav-recognition = Reconnaissance

## « Vous avez dit, nous avons fait » (page d’enquête et e-mails)

loop-survey-actions-intro = Ce que { $provider } a fait des retours de vos collègues :
loop-email-actions-intro = Ce que les services ont fait de vos retours depuis la dernière enquête :

## Page de remerciement

loop-conversation-open = Ouvrir votre conversation
loop-conversation-copy = Lien à enregistrer ou à copier

## Pages de conversation

loop-conversations-title = Conversations
loop-conversations-intro = Les échanges entre votre service et les collègues qui ont laissé un commentaire. Personne — vous non plus — ne peut voir qui a écrit un commentaire.
loop-conversations-all = Toutes les conversations
loop-conversations-awaiting = En attente de votre réponse
loop-conversations-none-awaiting = Aucune conversation n’attend de réponse.
loop-conversations-empty = Pas encore de conversation. Ouvrez un commentaire sur une page de résultats et répondez pour en commencer une.
loop-col-service = Prestation
loop-col-round = Vague d’enquête
loop-col-messages = Messages
loop-col-state = État
loop-marker-unread = Nouvelle réponse
loop-marker-awaiting = En attente de réponse
loop-marker-closed = Terminée
loop-no-messages = Pas encore de message.
loop-message-pending = Parviendra à { $provider } demain, avec les autres messages du jour, pour que personne ne sache quand vous l’avez écrit.
loop-conversation-staff-title = Commentaire sur { $service }
loop-the-comment = Le commentaire
loop-anonymous-note = Écrit anonymement. N’essayez pas de savoir qui l’a écrit ; répondez sur le fond.
loop-messages = Messages
loop-from-colleague = Collègue (anonyme)
loop-staff-delay-note = Les messages du collègue, et la clôture de la conversation de sa part, apparaissent ici le lendemain, afin que leur heure ne révèle pas qui les a écrits.
loop-reply-label = Votre réponse
loop-reply-help = Texte brut, { $max } caractères au plus. Votre service peut envoyer { $per_day } messages par jour dans cette conversation.
loop-respondent-reply-help = Texte brut, { $max } caractères au plus, { $per_day } messages par jour. N’indiquez ni votre nom ni rien qui permette de vous reconnaître.
loop-conversation-ended-staff = Cette conversation est terminée. Plus aucun message ne peut être envoyé.
loop-close-title = Terminer cette conversation ?
loop-close-staff-text = Ensuite, ni votre service ni le collègue ne pourront plus écrire dans la conversation sur { $service }. Les messages restent lisibles.
loop-close-respondent-text = Ensuite, ni vous ni le service ne pourrez plus écrire dans la conversation sur { $service }. Les messages restent lisibles avec votre lien.
loop-your-comment = Votre commentaire
loop-bookmark-reminder = Conservez l’adresse de cette page : c’est votre seul moyen de revenir à cette conversation, et elle ne peut pas vous être renvoyée.
loop-conversation-unknown-title = Conversation pas encore ouverte
loop-conversation-unknown-text = Les commentaires restent scellés jusqu’à la clôture du tour d’enquête, quand assez de collègues ont répondu sur le service ; la conversation s’ouvre alors, à ce même lien. Si le tour est clos depuis un moment, vérifiez que vous avez copié le lien complet.
loop-message-empty = Veuillez écrire un message.
loop-message-too-long = Veuillez raccourcir votre message à { $max } caractères au plus.
loop-rate-limited-respondent = Vous pouvez envoyer au plus { $max } messages par jour dans cette conversation. Revenez demain ; votre texte est toujours dans la zone ci-dessous.
loop-rate-limited-staff = Votre service peut envoyer au plus { $max } messages par jour dans cette conversation. Réessayez demain ; votre texte est toujours dans la zone ci-dessous.

## Actions

loop-actions-title = Actions
loop-actions-for = Actions pour { $service }
loop-actions-intro = Ce à quoi les services prestataires se sont engagés en réponse aux retours de leurs clients internes. Les clients voient les nouvelles actions et leur état dans l’enquête suivante.
loop-action-record = Enregistrer une action
loop-action-created = L’action est enregistrée. Ses clients la verront dans la prochaine enquête.
loop-action-updated = L’action est enregistrée.
loop-action-deleted = L’action est supprimée.
loop-action-translated = Les traductions sont enregistrées.
loop-actions-overdue-count =
    { $count ->
        [one] { $count } action est en retard.
       *[other] { $count } actions sont en retard.
    }
loop-actions-show-overdue = Afficher les actions en retard
loop-action-status = État
loop-actions-any-status = Tous les états
loop-actions-overdue-only = Seulement les actions en retard
loop-actions-empty = Pas encore d’action.
loop-actions-empty-service = Pas encore d’action pour cette prestation. Indiquez ce que vous ferez des retours, pour que vos clients voient qu’ils ont fait bouger les choses.
loop-actions-count =
    { $count ->
        [one] { $count } action
       *[other] { $count } actions
    }
loop-action-overdue = En retard
loop-action-owner = Service responsable
loop-action-topic = Sujet
loop-topic-service = La prestation dans son ensemble
loop-action-due-on = Échéance
loop-action-recorded-by = Enregistrée par
loop-action-translations = Traductions
loop-action-set-status = Changer l’état
loop-action-translate = Traduire
loop-action-edit-title = Modifier l’action
loop-action-form-intro = Dites brièvement ce que vous allez changer. Les clients de cette prestation voient le titre et l’état dans leur prochaine enquête.
loop-action-title-label = Titre
loop-action-description-label = Description
loop-action-visible-note = Le titre et l’état sont montrés aux clients de cette prestation lors de la prochaine vague, dans leur langue si vous ajoutez une traduction.
loop-action-delete-title = Supprimer cette action ?
loop-action-delete-text = L’action et ses traductions sont supprimées et ne sont plus montrées aux clients. Cette opération est irréversible.
loop-action-translations-title = Traductions
loop-action-translations-intro = Les clients voient le titre dans leur langue lorsqu’une traduction existe, sinon tel qu’il a été saisi. Laissez une langue vide pour supprimer sa traduction.
err-action-title = Veuillez saisir un titre de 1 à 200 caractères.
err-action-description = Veuillez raccourcir la description à 4 000 caractères au plus.
err-action-owner = Veuillez choisir un service existant.
err-action-status = Veuillez choisir prévue, en cours ou terminée.
err-action-due-on = Veuillez saisir l’échéance sous forme de date (AAAA-MM-JJ), ou laisser le champ vide.
err-action-topic = Veuillez choisir la prestation, une dimension ou une question existante.

## Remerciements

loop-thanks-title = Ce pour quoi vos clients internes vous ont remercié
loop-thanks-intro = Les remerciements que des collègues ont écrits dans les enquêtes, sans noms ni dates.
loop-thanks-gate =
    { $k ->
        [one] Les remerciements apparaissent une fois qu’une vague est close avec au moins { $k } réponse pour la prestation.
       *[other] Les remerciements apparaissent une fois qu’une vague est close avec au moins { $k } réponses pour la prestation.
    }
loop-thanks-department = Service
loop-thanks-all-departments = Tous les services
loop-thanks-empty = Pas encore de remerciement à afficher.
loop-thanks-count =
    { $count ->
        [one] { $count } remerciement
       *[other] { $count } remerciements
    }
loop-thanks-is-shared = Partagé avec l’organisation
loop-thanks-share = Partager avec l’organisation
loop-thanks-unshare = Ne plus partager
loop-thanks-share-title = Partager ce remerciement avec toute l’organisation ?
loop-thanks-unshare-title = Ne plus partager ce remerciement ?
loop-thanks-share-text = Tout le personnel verra ce texte sur la page de reconnaissance, avec la prestation et le mois. Vérifiez qu’il ne révèle pas qui l’a écrit.
loop-thanks-unshare-text = Le remerciement est retiré de la page de reconnaissance. Le service le voit toujours.
loop-thanks-already-shared = Ce remerciement est déjà partagé.
loop-thanks-not-shared = Ce remerciement n’est pas partagé.
loop-thanks-shared-notice = Le remerciement figure désormais sur la page de reconnaissance.
loop-thanks-unshared-notice = Le remerciement ne figure plus sur la page de reconnaissance.
loop-recognition-title = Reconnaissance
loop-recognition-intro = Des remerciements écrits par des collègues sur les prestations d’autres services, partagés par les RH.
loop-recognition-empty = Rien n’a encore été partagé.
loop-recognition-for = Pour { $service } ({ $provider })
