### innerpulse — interface web (pages d’administration et page d’enquête), français.
### Texte brut uniquement : les templates ajoutent toute la mise en forme.

## Commun

app-name = innerpulse
nav-dashboard = Tableau de bord
nav-results = Résultats
nav-organisation = Organisation
nav-departments = Départements
nav-employees = Collaborateurs
nav-relationships = Services
nav-questionnaires = Questionnaires
nav-cycles = Cycles d’enquête
nav-delivery = Envois
nav-actions = Actions
nav-thanks = Remerciements
nav-accounts = Comptes
nav-api-keys = Clés d’API
nav-logout = Se déconnecter
nav-login = Se connecter
language-label = Langue
language-apply = Changer
skip-to-content = Aller au contenu principal
save = Enregistrer
cancel = Annuler
delete = Supprimer
confirm-delete = Supprimer « { $name } » ? Cette action est irréversible.
edit = Modifier
create = Créer
back = Retour
search = Rechercher
filter = Filtrer
previous-page = Page précédente
next-page = Page suivante
page-of = Page { $page } sur { $pages }
empty-list = Rien pour le moment.
required-field = obligatoire
optional-field = facultatif
yes = Oui
no = Non
status-active = Actif
status-inactive = Inactif

## Connexion et compte

login-title = Connexion à innerpulse
login-email = Adresse e-mail
login-password = Mot de passe
login-submit = Se connecter
login-failed = L’adresse e-mail ou le mot de passe est incorrect.
login-throttled =
    { $minutes ->
        [one] Trop de tentatives de connexion. Veuillez réessayer dans { $minutes } minute.
       *[other] Trop de tentatives de connexion. Veuillez réessayer dans { $minutes } minutes.
    }
login-busy = Le serveur vérifie de nombreuses connexions en ce moment. Veuillez réessayer dans quelques secondes.
forgot-throttled =
    { $minutes ->
        [one] Trop de demandes de lien de réinitialisation. Veuillez réessayer dans { $minutes } minute.
       *[other] Trop de demandes de lien de réinitialisation. Veuillez réessayer dans { $minutes } minutes.
    }
login-forgot = Mot de passe oublié ?
forgot-title = Réinitialiser votre mot de passe
forgot-intro = Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent = Si un compte existe pour cette adresse e-mail, nous y avons envoyé un lien pour réinitialiser le mot de passe. Consultez votre boîte de réception. Le lien est valable 24 heures.
set-password-title = Choisir un nouveau mot de passe
set-password-new = Nouveau mot de passe
set-password-repeat = Confirmer le nouveau mot de passe
set-password-submit = Enregistrer le mot de passe
password-too-short =
    { $min ->
        [one] Le mot de passe doit comporter au moins { $min } caractère.
       *[other] Le mot de passe doit comporter au moins { $min } caractères.
    }
password-too-common = Ce mot de passe est trop courant et facile à deviner. Veuillez en choisir un autre.
password-mismatch = Les deux mots de passe ne correspondent pas.
link-expired = Ce lien a expiré ou a déjà été utilisé. Veuillez en demander un nouveau.

## Erreurs

error-404-title = Page introuvable
error-404-text = La page que vous cherchez n’existe pas ou a été déplacée.
error-403-title = Accès refusé
error-403-text = Vous n’avez pas l’autorisation d’afficher cette page. Si vous pensez qu’il s’agit d’une erreur, contactez votre administrateur RH.
error-409-title = Modification en conflit
error-409-text = L’enregistrement est impossible, car il entre en conflit avec l’état actuel : quelqu’un d’autre vient peut-être de le modifier, ou l’élément existe déjà. Veuillez recharger la page et réessayer.
error-410-title = Plus disponible
error-410-text = Cette page ou ce lien n’est plus disponible.
error-413-title = Envoi trop volumineux
error-413-text = Les données envoyées dépassent la taille autorisée. Veuillez raccourcir votre texte ou choisir un fichier plus petit.
error-422-title = Veuillez vérifier votre saisie
error-422-text = Certaines informations saisies ne sont pas valides. Corrigez les champs signalés, puis réessayez.
error-429-title = Trop de requêtes
error-429-text = Vous avez effectué trop de requêtes en peu de temps. Patientez un instant, puis réessayez.
error-500-title = Une erreur s’est produite
error-500-text = Une erreur inattendue s’est produite de notre côté. Veuillez réessayer plus tard. Si le problème persiste, contactez votre administrateur.
error-503-title = Temporairement indisponible
error-503-text = innerpulse est temporairement indisponible, par exemple pour maintenance. Veuillez réessayer dans quelques minutes.
error-csrf = Ce formulaire a expiré. Veuillez recharger la page et réessayer.
error-back-home = Retour à l’accueil

## Page d’enquête (collaborateurs, sans compte)

survey-title = Enquête sur les services internes — { $organisation }
survey-title-generic = Enquête sur les services internes
survey-intro =
    { $count ->
        [one] Cette enquête comporte { $count } courte section sur un service que vous recevez d’un autre département.
       *[other] Cette enquête comporte { $count } courtes sections, une pour chaque service que vous recevez d’un autre département.
    } { $minutes ->
        [one] Comptez environ { $minutes } minute.
       *[other] Comptez environ { $minutes } minutes.
    }
survey-anonymity = Vos réponses sont anonymes : elles sont enregistrées sans votre nom ni aucune information permettant de vous identifier, et les résultats ne s’affichent que lorsque suffisamment de collègues ont répondu. Personne — ni les RH, ni votre responsable — ne peut voir vos réponses.
survey-section-heading = { $service } — { $provider }
# Above each section's heading when the survey has several: where the person is.
survey-step = Section { $number } sur { $count }
survey-standard-label = Leur engagement de service
survey-not-used = Je n’ai pas utilisé ce service récemment
survey-not-used-help = Choisissez cette option pour passer les questions sur ce service.
survey-submit = Envoyer mes réponses
survey-required-missing = Veuillez répondre à cette question.
survey-invalid-value = Cette réponse n’est pas valide. Veuillez choisir l’une des options proposées.
survey-text-too-much = Vos commentaires sont trop longs au total : raccourcissez-les à { $max } caractères en tout.
survey-text-left = Caractères restants pour vos commentaires :
survey-text-cap = Vos commentaires sur cette page peuvent compter jusqu’à { $max } caractères au total.
survey-text-too-long =
    { $max ->
        [one] Veuillez raccourcir votre réponse à { $max } caractère maximum.
       *[other] Veuillez raccourcir votre réponse à { $max } caractères maximum.
    }
survey-errors-summary =
    { $count ->
        [one] Vos réponses comportent { $count } problème. Veuillez vérifier la question signalée ci-dessous.
       *[other] Vos réponses comportent { $count } problèmes. Veuillez vérifier les questions signalées ci-dessous.
    }
survey-last-score = La dernière fois ({ $wave }), vos collègues ont attribué à ce service une note moyenne de { $score } sur 5.
survey-you-said-we-did = Vous nous avez dit, nous avons agi
action-status-planned = Prévue
action-status-in_progress = En cours
action-status-done = Terminée
survey-thanks-title = Merci !
survey-thanks-text = Vos réponses ont été enregistrées. Elles aident vos collègues à améliorer les services sur lesquels vous comptez.
survey-conversation-intro = Le département pourra répondre à votre commentaire. Pour lire ses réponses et y répondre, ajoutez dès maintenant ce lien privé à vos favoris : il ne s’affiche qu’une seule fois et ne pourra pas vous être renvoyé. Personne ne peut savoir qui vous êtes. La conversation s’ouvre quand le tour se clôt et que votre commentaire est publié avec assez d’autres.
survey-conversation-link = Votre lien privé vers la conversation
survey-closed-title = Cette enquête est close
survey-closed-text = Cette enquête n’est plus ouverte : il n’est plus possible d’envoyer des réponses. Merci de votre intérêt — vous recevrez la prochaine enquête par e-mail.
survey-answered-title = Réponses déjà envoyées
survey-answered-text = Vous avez déjà répondu à cette enquête. Merci pour votre temps !
survey-unknown-title = Lien non reconnu
survey-unknown-text = Nous ne reconnaissons pas ce lien d’enquête. Vérifiez que vous avez copié le lien complet depuis l’e-mail.
survey-too-large-title = Le formulaire est trop volumineux
survey-too-large-text = Rien n’a été enregistré. Revenez en arrière, raccourcissez vos textes et renvoyez le formulaire.
survey-too-many-fields-title = Le formulaire contient trop de champs
survey-too-many-fields-text = Rien n’a été enregistré. Revenez en arrière et renvoyez le formulaire depuis la page.
survey-unreadable-title = Le formulaire n’est pas arrivé complet
survey-unreadable-text = Rien n’a été enregistré. Revenez en arrière et renvoyez le formulaire.

## Page de conversation (répondant, via le lien privé)

conversation-title = Conversation sur votre commentaire
conversation-intro = Ici, vous pouvez lire les réponses à votre commentaire et y répondre. Le département ne sait pas qui vous êtes : n’indiquez donc ni votre nom ni aucun détail permettant de vous identifier.
conversation-from-provider = { $provider } a répondu
conversation-from-you = Votre message
conversation-reply-label = Votre réponse
conversation-send = Envoyer la réponse
conversation-close = Clore la conversation
conversation-closed = Cette conversation est close. Merci pour votre retour.
conversation-rate-limited = Vous avez envoyé plusieurs messages en peu de temps. Veuillez patienter un peu avant d’en envoyer un autre.

## Résultats (personnel)

results-title = Résultats
results-not-enough =
    { $k ->
        [one] Pas encore assez de réponses. Pour protéger l’anonymat, les résultats s’affichent dès qu’au moins { $k } collègue a répondu.
       *[other] Pas encore assez de réponses. Pour protéger l’anonymat, les résultats s’affichent dès qu’au moins { $k } collègues ont répondu.
    }
results-responses =
    { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }
results-response-rate = Taux de réponse : { $rate }
results-mean = Note moyenne
results-nps = NPS interne
results-promoters = Promoteurs
results-passives = Passifs
results-detractors = Détracteurs
results-meets-standard = Respect de l’engagement de service
results-trend = Tendance
results-org-average = Moyenne de l’organisation
results-comments = Commentaires
results-thanks = Remerciements
results-heatmap = Notes par département client
results-suppressed-cell =
    { $k ->
        [one] Moins de { $k } réponse
       *[other] Moins de { $k } réponses
    }
results-other-departments = Autres départements
results-breakdown-withheld = Cette ventilation est masquée, car certains groupes sont trop petits : l’afficher permettrait de déduire les réponses de collègues en particulier.
results-export-csv = Exporter en CSV
results-latest-wave = Dernière campagne
results-open-wave = Campagne en cours (encore ouverte)
results-no-waves = Pas encore de résultats. Ils s’afficheront ici dès que la première campagne d’enquête sera close.

## Accueil

home-title = Retours sur les services internes
home-intro = innerpulse demande aux collègues qui utilisent les services de chaque département ce qu’ils en pensent, de façon anonyme, et montre au département ce qu’il peut améliorer.

## Text fields

err-control-characters = Ce champ ne doit pas contenir de caractères de contrôle (tabulations, sauts de ligne dans un champ d’une ligne, caractères de changement de sens d’écriture).
survey-group = { $colleagues ->
    [0] Personne d'autre de votre service n'est invité à ce cycle : vos réponses comptent dans un groupe plus large.
    [one] Vos réponses comptent avec celles d'1 collègue de votre service invité à ce cycle ; les résultats ne montrent que des groupes assez grands pour cacher qui a dit quoi.
   *[other] Vos réponses comptent avec celles de { $colleagues } collègues de votre service invités à ce cycle.
    }
survey-group-changes = { $changes ->
    [one] 1 changement dans votre groupe depuis l'ouverture du cycle (personne ajoutée, déplacée, réactivée ou avec une nouvelle adresse) — le journal d'audit des RH le mentionne.
   *[other] { $changes } changements dans votre groupe depuis l'ouverture du cycle (personnes ajoutées, déplacées, réactivées ou avec une nouvelle adresse) — le journal d'audit des RH les mentionne.
    }
