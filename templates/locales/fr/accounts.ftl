### innerpulse — comptes du personnel, liens de mot de passe, paramètres du compte et clés d’API, français.
### Texte brut uniquement : les modèles ajoutent toute la mise en forme.

## Liste des comptes et invitations (RH)

acct-list-title = Comptes du personnel
acct-invite-action = Inviter un membre du personnel
acct-col-name = Nom
acct-col-email = Adresse e-mail
acct-col-role = Rôle
acct-col-departments = Services
acct-col-status = Statut
acct-col-last-login = Dernière connexion
acct-col-created = Créé le
acct-role-hr_admin = Administrateur RH
acct-role-department_head = Responsable de service
acct-role-viewer = Lecteur
acct-role-help-hr_admin = gère l’organisation, les enquêtes, les comptes et les clés d’API, et voit tous les résultats
acct-role-help-department_head = consulte les résultats de ses propres services et agit en conséquence
acct-role-help-viewer = consulte les résultats sans rien modifier
acct-status-pending = Invité
acct-never = Jamais
acct-field-role = Rôle
acct-field-departments = Services
acct-departments-help = Uniquement pour les responsables de service : les services dont ils voient les résultats.
acct-no-departments = Il n’y a pas encore de services. Ajoutez des services avant d’inviter des responsables.
acct-invite-title = Inviter un membre du personnel
acct-invite-intro = La personne invitée reçoit un e-mail avec un lien pour choisir un mot de passe. Le lien est valable 24 heures.
acct-back-to-list = Tous les comptes
acct-field-email = Adresse e-mail
acct-field-name = Nom
acct-field-language = Langue
acct-invite-submit = Envoyer l’invitation
acct-notice-invited = L’invitation a été envoyée.
acct-notice-resent = Une nouvelle invitation a été envoyée. Les liens d’invitation précédents ne fonctionnent plus.
acct-notice-saved = Vos modifications ont été enregistrées.
acct-role-title = Rôle et services
acct-self-note = C’est votre propre compte : vous ne pouvez ni retirer votre propre rôle d’administrateur RH ni vous désactiver.
acct-actions-title = Accès
acct-resend = Renvoyer l’invitation
acct-deactivate = Désactiver
acct-reactivate = Réactiver
acct-deactivate-title = Désactiver ce compte ?
acct-deactivate-confirm = { $name } ({ $email }) sera déconnecté immédiatement et ne pourra plus se connecter. Les liens d’invitation et de mot de passe en cours ne fonctionneront plus. Vous pourrez réactiver le compte plus tard.

## Erreurs de compte

acct-error-email = Veuillez saisir une adresse e-mail valide.
acct-error-email-taken = Un compte existe déjà avec cette adresse e-mail.
acct-error-name-required = Veuillez saisir un nom.
acct-error-name-too-long = Le nom peut comporter au maximum 200 caractères.
acct-error-role = Veuillez choisir un rôle.
acct-error-locale = Veuillez choisir l’une des langues proposées.
acct-error-head-needs-department = Un responsable de service doit avoir au moins un service.
acct-error-unknown-department = L’un des services choisis n’existe plus. Veuillez recharger la page.
acct-error-self-demotion = Vous ne pouvez pas retirer votre propre rôle d’administrateur RH. Demandez-le à un autre administrateur RH.
acct-error-self-deactivation = Vous ne pouvez pas désactiver votre propre compte. Demandez-le à un autre administrateur RH.
acct-error-last-admin = C’est le dernier administrateur RH actif. Nommez d’abord quelqu’un d’autre administrateur RH.
acct-error-not-pending = Ce compte est déjà activé : il n’y a pas d’invitation à envoyer.
acct-error-current-password = Le mot de passe actuel n’est pas correct.
acct-error-generic = Cette modification n’a pas pu être effectuée.

## Choisir un mot de passe par un lien envoyé par e-mail

acct-accept-title = Bienvenue sur innerpulse
acct-accept-intro = Choisissez un mot de passe pour votre compte { $email }. Vous l’utiliserez avec votre adresse e-mail pour vous connecter.
acct-reset-intro = Choisissez un nouveau mot de passe pour votre compte { $email }.
acct-password-rules = Au moins { $min } caractères. Les mots de passe très courants sont refusés ; une courte phrase est facile à retenir et difficile à deviner.
acct-link-expired-title = Ce lien ne fonctionne plus
acct-link-expired-help = Les liens d’invitation et de mot de passe sont valables 24 heures et ne peuvent être utilisés qu’une fois. Vous pouvez demander un nouveau lien de mot de passe, ou demander à votre administrateur RH de vous renvoyer une invitation.

## Paramètres du compte

settings-title = Votre compte
settings-notice-saved = Vos paramètres ont été enregistrés.
settings-notice-password = Votre mot de passe a été modifié.
settings-profile-title = Nom et langue
settings-password-title = Modifier votre mot de passe
settings-current-password = Mot de passe actuel
settings-password-submit = Modifier le mot de passe

## Clés d’API (RH)

apikey-title = Clés d’API
apikey-intro = Les clés d’API permettent à d’autres systèmes — votre SIRH, votre outil de tickets ou vos rapports — d’utiliser l’API d’innerpulse. Donnez à chaque intégration sa propre clé, avec uniquement les droits nécessaires.
apikey-notice-revoked = La clé a été révoquée. Les requêtes qui l’utilisent sont désormais refusées.
apikey-create-title = Créer une clé
apikey-field-name = Nom
apikey-field-scopes = Droits
apikey-scope-import = importer les employés et les services
apikey-scope-touchpoint = interroger un employé sur un service après une interaction
apikey-scope-results-read = lire les résultats (les seuils d’anonymat s’appliquent toujours)
apikey-create-submit = Créer la clé
apikey-list-title = Clés existantes
apikey-col-name = Nom
apikey-col-prefix = Début de la clé
apikey-col-scopes = Droits
apikey-col-created = Créée le
apikey-col-last-used = Dernière utilisation
apikey-col-revoked = Révoquée le
apikey-col-actions = Actions
apikey-revoke = Révoquer
apikey-empty = Il n’y a pas encore de clé d’API.
apikey-created-title = Votre nouvelle clé d’API
apikey-created-once = La clé n’est affichée qu’une seule fois. Copiez-la maintenant et conservez-la dans les paramètres secrets de votre intégration : innerpulse n’en garde qu’une empreinte et ne peut plus l’afficher.
apikey-created-label = Clé « { $name } »
apikey-created-copy-hint = Sélectionnez la clé et copiez-la (Ctrl+C ou ⌘+C). Envoyez-la dans l’en-tête « Authorization: Bearer … ».
apikey-created-done = J’ai copié la clé
apikey-revoke-title = Révoquer cette clé d’API ?
apikey-already-revoked = La clé « { $name } » est déjà révoquée.
apikey-revoke-confirm = Les intégrations qui utilisent « { $name } » (commence par { $prefix }) cesseront immédiatement de fonctionner. Cette action est irréversible.
apikey-error-name-required = Veuillez donner un nom à la clé.
apikey-error-name-too-long = Le nom peut comporter au maximum 120 caractères.
apikey-error-no-scope = Veuillez choisir au moins un droit.
