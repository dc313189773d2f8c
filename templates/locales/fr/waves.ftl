### innerpulse — vagues d’enquête et distribution pour les RH, français.

waves-title = Vagues d’enquête : { $cycle }
waves-intro = Chaque vague invite par e-mail les clients internes de ce cycle. Uniquement des totaux : personne ne peut voir qui a répondu.
waves-back-to-cycle = Retour au cycle
waves-open-now = Ouvrir une vague maintenant
waves-open-now-help = Ouvre immédiatement une nouvelle vague, quel que soit le calendrier, et envoie les invitations au prochain passage du planificateur. Pratique pour un essai.
waves-opened = Une nouvelle vague a été ouverte. Ses invitations sont en cours d’envoi.
waves-empty = Aucune vague pour l’instant. La première s’ouvrira selon le calendrier du cycle, ou ouvrez-en une maintenant.
waves-times-in = Heures en { $timezone }.
waves-col-state = État
waves-col-opens = Ouverture
waves-col-closes = Clôture
wave-state-scheduled = Planifiée
wave-state-open = Ouverte
wave-state-closed = Clôturée

delivery-title = Distribution des invitations
delivery-intro = E-mails d’invitation des vagues ouvertes et des points de contact récents.
delivery-invited = invitées
delivery-pending = en attente d’envoi
delivery-delivered = distribuées
delivery-failed = en échec
delivery-answered = avec réponse
delivery-answered-note = Les réponses sont seulement comptées. Personne – pas même les RH – ne peut voir qui a répondu.
delivery-failed-heading = Invitations qui n’ont pas pu être distribuées
delivery-failed-none = Aucune invitation en échec : tout a été distribué ou est en route.
delivery-col-email = Collaborateur
delivery-col-kind = Type
delivery-col-attempts = Tentatives
delivery-col-reason = Motif
invitation-kind-wave = Vague d’enquête
invitation-kind-touchpoint = Point de contact
delivery-retry-button = Renvoyer les invitations en échec
delivery-retry-confirm-title = Renvoyer les invitations en échec ?
delivery-retry-confirm-text =
    { $count ->
        [one] { $count } invitation en échec sera renvoyée, avec une nouvelle série de tentatives. Corrigez d’abord la cause (par exemple les réglages du serveur de messagerie ou l’adresse du collaborateur).
       *[other] { $count } invitations en échec seront renvoyées, avec une nouvelle série de tentatives. Corrigez d’abord la cause (par exemple les réglages du serveur de messagerie ou les adresses des collaborateurs).
    }
delivery-retry-confirm = Oui, les renvoyer
delivery-retried =
    { $count ->
        [one] { $count } invitation a été remise dans la file d’attente.
       *[other] { $count } invitations ont été remises dans la file d’attente.
    }
