### innerpulse — compléments de la page d’enquête (salariés, sans compte), français.

# Enquêtes ponctuelles : l’objet de l’enquête, p. ex. « ticket n° 4711 ».
survey-context = Cette enquête porte sur : { $label }
# Le formulaire ne correspond pas à l’enquête (par exemple une ancienne copie de la page).
survey-form-mismatch = Vos réponses ne correspondent pas à cette enquête, par exemple parce que la page n’est plus à jour. Veuillez recharger la page et répondre à nouveau.
survey-thanks-close = Vous pouvez maintenant fermer cette page.
