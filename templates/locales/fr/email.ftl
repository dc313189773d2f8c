### innerpulse — e-mails, français.
### Texte brut uniquement : les templates construisent les parties texte et HTML autour de ces messages.

## Invitation à l’enquête

invite-subject =
    { $count ->
        [one] Que pensez-vous des services internes ? { $count } service
       *[other] Que pensez-vous des services internes ? { $count } services
    }, { $minutes ->
        [one] environ { $minutes } minute
       *[other] environ { $minutes } minutes
    }
invite-greeting = Bonjour { $name },
invite-intro = Chaque jour, vous comptez sur les services d’autres départements. Nous aimerions savoir dans quelle mesure ils répondent à vos besoins, afin qu’ils sachent ce qui fonctionne et ce qu’ils peuvent améliorer.
invite-services-heading = Les services concernés par cette enquête :
invite-deadline = L’enquête est ouverte jusqu’au { $deadline }.
invite-button = Répondre à l’enquête
invite-link-fallback = Si le bouton ne fonctionne pas, ouvrez ce lien :
invite-anonymity = Vos réponses sont enregistrées sans votre nom ni aucune information permettant de vous identifier. Les départements ne voient les résultats que lorsque suffisamment de collègues ont répondu, et personne — ni les RH, ni votre responsable — ne peut voir vos réponses.
invite-you-said-we-did = Vous nous avez dit, nous avons agi
invite-footer = Vous recevez cet e-mail, car votre organisation utilise innerpulse pour recueillir l’avis des collaborateurs sur les services internes. Ce lien est personnel : merci de ne pas transférer cet e-mail.

## Rappel

reminder-subject = Rappel : vos collègues attendent votre avis
reminder-intro =
    Petit rappel : l’enquête sur les services que vous recevez d’autres départements est ouverte jusqu’au { $deadline }. { $minutes ->
        [one] Elle prend environ { $minutes } minute.
       *[other] Elle prend environ { $minutes } minutes.
    }

## Point de contact

touchpoint-subject = Comment cela s’est-il passé ? Une question rapide sur « { $service } »
touchpoint-intro =
    Vous avez récemment fait appel à « { $service } » ({ $context }). Comment cela s’est-il passé ? { $minutes ->
        [one] Répondre prend environ { $minutes } minute et reste anonyme.
       *[other] Répondre prend environ { $minutes } minutes et reste anonyme.
    }

## Comptes du personnel

staff-invite-subject = Invitation à rejoindre innerpulse
staff-invite-body = { $inviter } vous invite à rejoindre innerpulse, l’outil avec lequel votre organisation recueille les retours sur les services internes. Choisissez un mot de passe pour activer votre compte. Le lien est valable 24 heures et ne peut être utilisé qu’une seule fois.
staff-invite-button = Choisir mon mot de passe
reset-subject = Réinitialisation de votre mot de passe innerpulse
reset-body = Quelqu’un a demandé la réinitialisation du mot de passe de votre compte innerpulse. Si c’est vous, choisissez un nouveau mot de passe grâce au lien ci-dessous. Il est valable 24 heures et ne peut être utilisé qu’une seule fois. Si ce n’est pas vous, ignorez simplement cet e-mail : votre mot de passe reste inchangé.
reset-button = Choisir un nouveau mot de passe

## Nouveaux résultats (responsables de département)

results-subject = Nouveaux résultats pour « { $service } » : { $wave }
results-body =
    { $responses ->
        [one] La campagne { $wave } est close. { $responses } collègue a répondu aux questions sur « { $service } ». Consultez les résultats, les commentaires et les remerciements, et notez les actions que vous allez mener.
       *[other] La campagne { $wave } est close. { $responses } collègues ont répondu aux questions sur « { $service } ». Consultez les résultats, les commentaires et les remerciements, et notez les actions que vous allez mener.
    }
results-button = Voir les résultats

## Signature

mail-signature = — innerpulse, pour { $organisation }

## Un lien d'enquête envoyé à une nouvelle adresse (envoyé à l'ancienne)

link-moved-subject = Votre lien d'enquête a été envoyé à une nouvelle adresse
link-moved-body = À la demande des RH, { $links ->
    [one] votre lien d'enquête ouvert a été renvoyé
   *[other] vos { $links } liens d'enquête ouverts ont été renvoyés
    } à { $address }. { $links ->
    [one] Le lien reçu ici ne fonctionne
   *[other] Les liens reçus ici ne fonctionnent
    } plus.
link-moved-not-you = Si vous ne l'avez pas demandé, prévenez les RH : tout changement d'adresse figure dans le journal d'audit d'innerpulse.
