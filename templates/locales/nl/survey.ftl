### innerpulse — aanvullingen voor de enquêtepagina (medewerkers, geen account), Nederlands.

# Touchpoint-enquêtes: waar de enquête over gaat, bijv. "ticket #4711".
survey-context = Deze enquête gaat over: { $label }
# Het formulier past niet bij de enquête (bijvoorbeeld een oude kopie van de pagina).
survey-form-mismatch = Uw antwoorden passen niet bij deze enquête, bijvoorbeeld omdat de pagina verouderd is. Laad de pagina opnieuw en beantwoord de vragen nogmaals.
survey-thanks-close = U kunt deze pagina nu sluiten.
