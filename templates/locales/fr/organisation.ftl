### innerpulse — administration de l’organisation (services, collaborateurs, import CSV), français.

## Departments

departments-title = Services
departments-intro = L’organisation sous forme d’arborescence. Les services se rendent des prestations les uns aux autres et sont les clients dans les enquêtes.
departments-empty = Aucun service pour l’instant. Ajoutez le premier ci-dessous ou importez votre organisation depuis un fichier CSV.
department-name = Nom
department-employees = Collaborateurs actifs
department-parent = Service parent
department-no-parent = Aucun (niveau supérieur)
department-create-title = Ajouter un service
department-rename-title = Renommer
department-move-title = Déplacer dans l’arborescence
department-move-submit = Déplacer
department-delete-title = Supprimer le service
department-notice-created = Le service a été ajouté.
department-notice-renamed = Le service a été renommé.
department-notice-moved = Le service a été déplacé.
department-notice-deleted = Le service a été supprimé.
department-name-invalid = Veuillez saisir un nom de { $max } caractères au maximum.
department-name-taken = Un autre service porte déjà ce nom. Veuillez en choisir un autre.
department-not-found = Ce service n’existe pas.
department-parent-not-found = Le service parent choisi n’existe pas.
department-move-loop = Un service ne peut pas être placé sous lui-même ni sous l’un de ses propres sous-services.
department-in-use = Ce service ne peut pas être supprimé tant qu’il a encore : { $what }. Déplacez-les ou supprimez-les d’abord.
department-left-employees = { $count ->
    [one] { $count } collaborateur
   *[other] { $count } collaborateurs
    }
department-left-sub-departments = { $count ->
    [one] { $count } sous-service
   *[other] { $count } sous-services
    }
department-left-relationships = { $count ->
    [one] { $count } relation de service
   *[other] { $count } relations de service
    }
department-left-accounts = { $count ->
    [one] { $count } compte du personnel lié
   *[other] { $count } comptes du personnel liés
    }

## Employees

employees-title = Collaborateurs
employees-search = Rechercher par nom ou adresse e-mail
employees-all-departments = Tous les services
employees-status = Statut
employees-status-all = Tous
employees-count = { $count ->
    [one] { $count } collaborateur
   *[other] { $count } collaborateurs
    }
employees-empty = Aucun collaborateur pour l’instant. Ajoutez-les un par un ou importez un fichier CSV.
employees-none-found = Aucun collaborateur ne correspond à votre recherche.
pagination-label = Pages
employee-add = Ajouter un collaborateur
employee-name = Nom
employee-email = Adresse e-mail
employee-department = Service
employee-choose-department = Choisissez un service
employee-locale = Langue
employee-external-id = Identifiant externe (SIRH)
employee-deactivate = Désactiver
employee-reactivate = Réactiver
employee-deactivate-confirm = Désactiver { $name } ? Cette personne ne recevra plus d’enquêtes. Ses réponses antérieures restent anonymes et comptabilisées.
employee-reactivate-confirm = Réactiver { $name } ? Cette personne participera de nouveau aux prochaines vagues d’enquête.
employee-notice-created = Le collaborateur a été ajouté.
employee-notice-updated = Les modifications ont été enregistrées.
employee-notice-deactivated = Le collaborateur a été désactivé.
employee-notice-reactivated = Le collaborateur a été réactivé.
employee-email-invalid = Veuillez saisir une adresse e-mail valide.
employee-name-invalid = Veuillez saisir un nom de { $max } caractères au maximum.
employee-department-missing = Veuillez choisir un service.
employee-locale-invalid = Veuillez choisir l’une des langues proposées.
employee-external-id-invalid = L’identifiant externe peut comporter au maximum { $max } caractères.
employee-email-taken = Un autre collaborateur utilise déjà cette adresse e-mail.
employee-external-id-taken = Un autre collaborateur a déjà cet identifiant externe.

## CSV import

import-title = Importer un CSV
import-upload-title = Téléverser un fichier
import-help = La première ligne nomme les colonnes : { $columns } (dans n’importe quel ordre ; email, name et department sont obligatoires). Séparateur virgule ou point-virgule, UTF-8.
import-sync-help = Les collaborateurs sont rapprochés par identifiant externe, puis par adresse e-mail : ceux trouvés sont mis à jour, les nouveaux créés, les inactifs listés réactivés, et les collaborateurs actifs absents du fichier sont désactivés.
import-file = Fichier CSV
import-create-departments = Créer les services qui n’existent pas encore
import-confirm-deactivation = Je confirme que de nombreux collaborateurs peuvent être désactivés
import-submit = Importer
import-no-file = Veuillez choisir un fichier CSV.
import-done = Import terminé
import-created = { $count ->
    [one] { $count } collaborateur créé
   *[other] { $count } collaborateurs créés
    }
import-updated = { $count ->
    [one] { $count } collaborateur mis à jour
   *[other] { $count } collaborateurs mis à jour
    }
import-reactivated = { $count ->
    [one] { $count } collaborateur réactivé
   *[other] { $count } collaborateurs réactivés
    }
import-deactivated = { $count ->
    [one] { $count } collaborateur désactivé
   *[other] { $count } collaborateurs désactivés
    }
import-unchanged = { $count ->
    [one] { $count } collaborateur inchangé
   *[other] { $count } collaborateurs inchangés
    }
import-departments-created = { $count ->
    [one] { $count } service créé
   *[other] { $count } services créés
    }
import-rejected = { $count ->
    [one] Rien n’a été importé : { $count } problème doit d’abord être corrigé.
   *[other] Rien n’a été importé : { $count } problèmes doivent d’abord être corrigés.
    }
import-line = Ligne
import-reason = Problème
import-confirm-title = Confirmer la désactivation
import-confirm-text = Cet import désactiverait { $count } des { $active } collaborateurs actifs, soit plus de 20 %. Rien n’a encore été modifié.
import-confirm-submit = { $count ->
    [one] Importer et désactiver { $count } collaborateur
   *[other] Importer et désactiver { $count } collaborateurs
    }
import-summary-line = Importé : { $created } créés, { $updated } mis à jour, { $reactivated } réactivés, { $deactivated } désactivés, { $unchanged } inchangés, { $departments } services créés.

## CSV problems (file)

import-not-utf8 = Le fichier n’est pas un texte UTF-8. Enregistrez-le au format « CSV UTF-8 » et réessayez.
import-empty-file = Le fichier est vide : il lui faut une ligne d’en-tête nommant les colonnes.
import-bad-header = La ligne d’en-tête n’a pas pu être lue.
import-unknown-columns = Colonnes inconnues : { $columns }. Les colonnes autorisées sont : { $allowed }.
import-missing-columns = Colonnes obligatoires manquantes : { $columns }.
import-duplicate-column = La colonne « { $column } » apparaît plusieurs fois.

## CSV problems (rows)

import-field-count = { $expected } champs attendus, { $found } trouvés.
import-unclosed-quote = Un champ entre guillemets n’est jamais fermé.
import-text-after-quote = Texte inattendu après un guillemet fermant.
import-empty-email = L’adresse e-mail est vide.
import-bad-email = « { $value } » n’est pas une adresse e-mail valide.
import-empty-name = Le nom est vide.
import-bad-name = Le nom dépasse { $max } caractères.
import-empty-department = Le service est vide.
import-unknown-department = Service inconnu « { $value } » (choisissez « créer les services » pour l’ajouter).
import-bad-department = Le nom du service dépasse { $max } caractères.
import-bad-locale = Langue inconnue « { $value } » (utilisez en, nl, fr, es, ru ou pl).
import-bad-external-id = L’identifiant externe dépasse { $max } caractères.
import-control-characters = La colonne { $column } ne doit pas contenir de caractères de contrôle (tabulations, caractères de changement de sens d’écriture).
import-duplicate-email = L’adresse e-mail { $value } figure aussi à la ligne { $first }.
import-duplicate-external-id = L’identifiant externe { $value } figure aussi à la ligne { $first }.
import-same-employee = Cette ligne correspond au même collaborateur que la ligne { $first }.
import-email-taken = L’adresse e-mail { $value } appartient à un autre collaborateur.
import-needs-confirmation = Cet import désactiverait { $count } des { $active } collaborateurs actifs (plus de 20 %) ; confirmez pour continuer.

## Liens d'enquête qui vont encore à une ancienne adresse

employee-links-elsewhere = { $links ->
    [one] Un lien d'enquête ouvert va
   *[other] { $links } liens d'enquête ouverts vont
    } encore à { $addresses } : un lien garde l'adresse qu'avait le collaborateur à l'ouverture du cycle.
employee-reissue = Envoyer les liens ouverts à l'adresse actuelle
employee-reissue-confirm = { $links ->
    [one] Un lien d'enquête ouvert de { $name } va
   *[other] { $links } liens d'enquête ouverts de { $name } vont
    } à { $addresses }. La réémission { $links ->
    [one] l'envoie
   *[other] les envoie
    } à { $address } avec un nouveau lien ; { $links ->
    [one] l'ancien lien cesse
   *[other] les anciens liens cessent
    } de fonctionner, { $addresses } est prévenu et la réémission figure dans le journal d'audit.
employee-reissue-nothing = Tous les liens d'enquête ouverts de { $name } vont déjà à { $address }.
employee-notice-links-reissued = Les liens d'enquête ouverts ont été envoyés à l'adresse actuelle ; l'ancienne adresse a été prévenue.
employee-notice-links-current = Tous les liens d'enquête ouverts vont déjà à l'adresse actuelle.
