### innerpulse — authentification unique du personnel (OpenID Connect) : page de connexion, erreurs de connexion, liste des comptes, français.
### Texte brut uniquement : les modèles ajoutent toute la mise en forme.
### $provider est le libellé du bouton du fournisseur défini dans la configuration (p. ex. « Compte de l’entreprise »).

## Page de connexion

login-sso-button = Se connecter avec { $provider }
login-sso-options = Options de connexion
login-sso-or = ou connectez-vous avec votre mot de passe
login-password-off = La connexion par mot de passe est désactivée ici. Veuillez vous connecter avec votre compte d’entreprise.

## Erreurs de connexion

sso-error-title = La connexion n’a pas abouti
sso-error-unreachable = { $provider } est injoignable pour le moment. Veuillez réessayer dans quelques minutes ; si le problème persiste, prévenez votre équipe informatique.
sso-error-cancelled = La connexion auprès de { $provider } a été annulée. Vous pouvez recommencer quand vous le souhaitez.
sso-error-expired = Cette tentative de connexion a expiré ou a déjà été utilisée. Veuillez recommencer.
sso-error-refused = La réponse de { $provider } n’a pas pu être vérifiée : vous n’avez donc pas été connecté. Veuillez recommencer ; si cela se reproduit, prévenez votre équipe informatique.
sso-error-unverified-email = { $provider } n’a pas vérifié votre adresse e-mail : elle ne peut donc être associée à aucun compte innerpulse. Demandez à votre équipe informatique de la vérifier.
sso-error-no-account = Il n’existe aucun compte innerpulse pour { $email }. Demandez aux RH de vous inviter.
sso-error-no-role = Votre compte d’entreprise ne vous donne aucun rôle dans innerpulse : vous avez donc été déconnecté partout. Demandez un accès aux RH ou à votre équipe informatique.
sso-error-inactive = Votre compte innerpulse est désactivé. Adressez-vous aux RH si vous en avez de nouveau besoin.
sso-error-unknown-provider = Cette option de connexion n’existe pas. Veuillez en choisir une sur la page de connexion.
sso-error-again = Retour à la page de connexion

## Liste des comptes (RH) : comment chaque compte se connecte

acct-col-sign-in = Connexion
acct-sign-in-password = Mot de passe
acct-sign-in-pending = Pas encore connecté
acct-sign-in-provider = { $provider }
