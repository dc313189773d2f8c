### innerpulse — configuration RH d’un pulse court : questions centrales et tournantes, questions par section et par vague. Français.
### Texte brut uniquement : les modèles ajoutent le balisage.

qn-core = Question centrale : posée dans chaque section
qn-core-help = Les questions centrales sont posées dans chaque section. Les autres tournent : chaque section en pose autant que le cycle le permet, une différente à chaque vague, si bien qu’en quelques vagues chaque question est posée.
qn-core-badge = Centrale
qn-rotating-badge = Tournante
qn-core-summary = { $core ->
        [one] { $core } question centrale est posée
       *[other] { $core } questions centrales sont posées
    } dans chaque section ; { $rotating ->
        [one] { $rotating } question tourne
       *[other] { $rotating } questions tournent
    }.
cy-pulse = Pulse court
cy-pulse-intro = Les questions centrales sont posées dans chaque section ; les autres tournent, afin que chaque salarié ne réponde qu’à quelques-unes et que le service ait un avis sur toutes en quelques vagues.
cy-questions-per-section = Questions par section
cy-questions-per-section-help = Les { $core } questions centrales plus des questions tournantes ; le questionnaire compte { $total } questions. Vide : toutes les questions.
cy-questions-per-section-help-plain = Les questions centrales plus des questions tournantes. Vide : toutes les questions.
cy-max-answers = Questions au plus par salarié et par vague
cy-max-answers-help = Toutes sections confondues, de { $least } à { $most }. Vide : sans limite.
cy-shorten-by = Si les sections d’un salarié posaient davantage de questions
cy-shorten-by-rotating_questions = D’abord moins de questions tournantes, puis moins de sections
cy-shorten-by-sections = D’abord moins de sections, puis moins de questions tournantes
cy-shorten-by-short = Au-delà du maximum
cy-every-question = Toutes les questions
cy-no-limit = Sans limite
cy-every-question-notice = Ce cycle pose toutes les questions ({ $count } par section) tant que vous ne fixez pas le nombre de questions par section.
cy-preview-title = Ce que cela signifie pour les salariés
cy-preview-row = Un salarié qui reçoit { $services ->
        [one] un service
       *[other] { $services } services
    } répond au plus à { $questions ->
        [one] une question
       *[other] { $questions } questions
    } : environ { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    }.
cy-preview-row-fewer = Un salarié qui reçoit { $services } services répond au plus à { $questions } questions en { $sections ->
        [one] une section
       *[other] { $sections } sections
    } : environ { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    }.
cy-preview-comments = Certaines questions tournantes sont des champs de commentaire, plus longs à remplir : cette estimation compte chaque question tournante comme une question à choix.
cy-preview-basis = Estimation à { $choice } secondes par question à choix et { $comment } secondes par champ de commentaire, pour des services ayant un engagement de service.
cy-preview-form-note = Calculé avec les réglages et le questionnaire affichés au chargement de la page ; enregistrez pour le voir avec d’autres valeurs.
err-cy-questions-per-section = Posez de { $min } à { $max } questions par section : les { $core } questions centrales et des questions tournantes, au plus toutes les questions. Laissez vide pour poser toutes les questions.
err-cy-max-answers = Autorisez de { $min } à { $max } questions par vague : au moins les questions centrales d’une section. Laissez vide pour ne fixer aucune limite.
err-cy-shorten-by = Choisissez si l’on réduit d’abord les questions tournantes ou les sections.
err-qn-locale = Donnez chaque texte dans l’une des langues fournies (en, nl, fr, es, ru, pl), une seule fois par langue.
