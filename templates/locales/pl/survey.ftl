### innerpulse — uzupełnienia strony ankiety (pracownicy, bez konta), polski.

# Ankiety po kontakcie: czego dotyczy ankieta, np. „zgłoszenie nr 4711”.
survey-context = Ta ankieta dotyczy: { $label }
# Formularz nie pasuje do ankiety (na przykład stara kopia strony).
survey-form-mismatch = Twoje odpowiedzi nie pasują do tej ankiety, na przykład dlatego, że strona jest nieaktualna. Odśwież stronę i odpowiedz ponownie.
survey-thanks-close = Możesz teraz zamknąć tę stronę.
