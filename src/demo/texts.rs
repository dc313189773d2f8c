//! What demo respondents write: suggestions for the "one thing to change" question, grouped by
//! what bothered the respondent most, and thanks — each in all six shipped languages, so a
//! respondent writes in their own.

use crate::domain::Locale;
use rand::Rng;
use rand::seq::IndexedRandom;

/// What a suggestion is about; the demo picks the respondent's weakest dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Slow first replies.
    Responsiveness,
    /// Not being kept informed.
    Communication,
    /// Problems that come back.
    Reliability,
    /// The service standard not being met.
    Standard,
    /// Nothing much wrong.
    Positive,
}

/// Texts in the order of `Locale::ALL`: en, nl, fr, es, ru, pl.
type Translated = [&'static str; 6];

const CHANGES: [(Theme, Translated); 10] = [
    (
        Theme::Responsiveness,
        [
            "Answer urgent requests faster, even if it is only to say you are on it.",
            "Reageer sneller op dringende verzoeken, al is het maar om te laten weten dat jullie ermee bezig zijn.",
            "Répondre plus vite aux demandes urgentes, même juste pour dire que c'est pris en charge.",
            "Responder antes a las peticiones urgentes, aunque sea solo para decir que ya os ocupáis.",
            "Быстрее отвечать на срочные запросы — хотя бы сообщать, что запрос взят в работу.",
            "Szybciej odpowiadać na pilne zgłoszenia, choćby po to, żeby potwierdzić, że ktoś się tym zajął.",
        ],
    ),
    (
        Theme::Responsiveness,
        [
            "Waiting two days for a first reply is too long when the work is blocked.",
            "Twee dagen wachten op een eerste reactie is te lang als het werk stilligt.",
            "Attendre deux jours une première réponse, c'est trop long quand le travail est bloqué.",
            "Esperar dos días una primera respuesta es demasiado cuando el trabajo está parado.",
            "Ждать первого ответа два дня — слишком долго, когда работа стоит.",
            "Dwa dni czekania na pierwszą odpowiedź to za długo, kiedy praca stoi.",
        ],
    ),
    (
        Theme::Communication,
        [
            "Let us know when a request is finished; now I have to chase it myself.",
            "Laat ons weten wanneer een verzoek klaar is; nu moet ik er zelf achteraan.",
            "Prévenez-nous quand une demande est terminée ; aujourd'hui je dois relancer moi-même.",
            "Avisad cuando una petición esté terminada; ahora tengo que ir yo detrás.",
            "Сообщайте, когда запрос выполнен, — сейчас приходится самому уточнять.",
            "Dajcie znać, kiedy zgłoszenie jest załatwione — teraz muszę sam o to dopytywać.",
        ],
    ),
    (
        Theme::Communication,
        [
            "A short status update while things are in progress would help a lot.",
            "Een korte tussenstand terwijl iets loopt zou veel schelen.",
            "Un petit point d'avancement pendant le traitement aiderait beaucoup.",
            "Una breve actualización del estado mientras se trabaja en ello ayudaría mucho.",
            "Короткие промежуточные сообщения о ходе работы очень бы помогли.",
            "Krótka informacja o postępach w trakcie bardzo by pomogła.",
        ],
    ),
    (
        Theme::Reliability,
        [
            "Problems get fixed, but the same issue comes back a week later.",
            "Problemen worden opgelost, maar een week later is hetzelfde probleem er weer.",
            "Les problèmes sont réglés, mais le même revient une semaine plus tard.",
            "Los problemas se arreglan, pero el mismo vuelve a aparecer a la semana.",
            "Проблемы устраняют, но через неделю та же самая возникает снова.",
            "Problemy są naprawiane, ale po tygodniu ten sam wraca.",
        ],
    ),
    (
        Theme::Reliability,
        [
            "Please check the result before closing a request.",
            "Controleer het resultaat even voordat een verzoek wordt afgesloten.",
            "Merci de vérifier le résultat avant de clôturer une demande.",
            "Por favor, comprobad el resultado antes de cerrar una petición.",
            "Пожалуйста, проверяйте результат, прежде чем закрывать запрос.",
            "Proszę sprawdzać efekt, zanim zgłoszenie zostanie zamknięte.",
        ],
    ),
    (
        Theme::Standard,
        [
            "The promised turnaround is often missed at the end of the week.",
            "De beloofde doorlooptijd wordt aan het eind van de week vaak niet gehaald.",
            "Le délai promis n'est souvent pas tenu en fin de semaine.",
            "El plazo prometido a menudo no se cumple a final de semana.",
            "В конце недели обещанные сроки часто не соблюдаются.",
            "Pod koniec tygodnia obiecany czas realizacji często nie jest dotrzymywany.",
        ],
    ),
    (
        Theme::Standard,
        [
            "Tell us up front when the standard cannot be met, so we can plan around it.",
            "Zeg het vooraf als de afspraak niet haalbaar is, dan kunnen wij erop inspelen.",
            "Dites-le à l'avance quand l'engagement ne peut pas être tenu, pour qu'on puisse s'organiser.",
            "Avisad con antelación cuando no se pueda cumplir el compromiso, así podemos organizarnos.",
            "Предупреждайте заранее, если стандарт не получается выполнить, — тогда мы сможем перестроиться.",
            "Uprzedzajcie z wyprzedzeniem, gdy nie da się dotrzymać standardu, to się dostosujemy.",
        ],
    ),
    (
        Theme::Positive,
        [
            "Nothing big: the new way of working is clearly better. Keep it up.",
            "Niets groots: de nieuwe werkwijze is duidelijk beter. Ga zo door.",
            "Rien de majeur : la nouvelle organisation est nettement mieux. Continuez comme ça.",
            "Nada importante: la nueva forma de trabajar es claramente mejor. Seguid así.",
            "Ничего серьёзного: новый порядок работы явно лучше. Так держать.",
            "Nic wielkiego — nowy sposób pracy jest wyraźnie lepszy. Tak trzymać.",
        ],
    ),
    (
        Theme::Positive,
        [
            "Maybe share a few tips so we can solve small things ourselves.",
            "Deel misschien wat tips, zodat we kleine dingen zelf kunnen oplossen.",
            "Peut-être partager quelques astuces pour qu'on règle les petites choses nous-mêmes.",
            "Quizá compartir algunos trucos para que podamos resolver las cosas pequeñas nosotros mismos.",
            "Может быть, поделиться советами, чтобы мелочи мы решали сами.",
            "Może podzielcie się kilkoma wskazówkami, żebyśmy drobiazgi załatwiali sami.",
        ],
    ),
];

const THANKS: [Translated; 4] = [
    [
        "Thanks to the colleague who stayed late to get us running again.",
        "Dank aan de collega die langer bleef om ons weer op weg te helpen.",
        "Merci au collègue qui est resté tard pour nous remettre en route.",
        "Gracias al compañero que se quedó hasta tarde para que pudiéramos seguir trabajando.",
        "Спасибо коллеге, который задержался допоздна, чтобы у нас снова всё заработало.",
        "Dziękuję koledze, który został po godzinach, żebyśmy mogli dalej pracować.",
    ],
    [
        "Always friendly on the phone, even on a busy Monday.",
        "Altijd vriendelijk aan de telefoon, ook op een drukke maandag.",
        "Toujours aimables au téléphone, même un lundi chargé.",
        "Siempre amables al teléfono, incluso un lunes de locos.",
        "Всегда вежливы по телефону, даже в загруженный понедельник.",
        "Zawsze uprzejmi przez telefon, nawet w pracowity poniedziałek.",
    ],
    [
        "Thank you for explaining it so clearly that I can do it myself next time.",
        "Bedankt voor de duidelijke uitleg, de volgende keer kan ik het zelf.",
        "Merci pour l'explication si claire que je pourrai le faire seul la prochaine fois.",
        "Gracias por explicarlo tan claro que la próxima vez podré hacerlo yo.",
        "Спасибо, что объяснили так понятно, — в следующий раз справлюсь сам.",
        "Dziękuję za tak jasne wyjaśnienie, że następnym razem zrobię to sam.",
    ],
    [
        "Big thanks for the quick fix just before the customer visit.",
        "Veel dank voor de snelle oplossing vlak voor het klantbezoek.",
        "Un grand merci pour la réparation express juste avant la visite du client.",
        "Muchas gracias por el arreglo rápido justo antes de la visita del cliente.",
        "Большое спасибо за быстрое решение прямо перед визитом клиента.",
        "Wielkie dzięki za szybką naprawę tuż przed wizytą klienta.",
    ],
];

fn locale_index(locale: Locale) -> usize {
    Locale::ALL
        .iter()
        .position(|shipped| *shipped == locale)
        .unwrap_or(0)
}

/// A suggestion about `theme`, in `locale`.
pub fn suggestion(rng: &mut impl Rng, theme: Theme, locale: Locale) -> &'static str {
    let matching: Vec<&Translated> = CHANGES
        .iter()
        .filter(|(about, _)| *about == theme)
        .map(|(_, texts)| texts)
        .collect();
    matching
        .choose(rng)
        .map_or(CHANGES[0].1[0], |texts| texts[locale_index(locale)])
}

/// A thank-you note, in `locale`.
pub fn thanks(rng: &mut impl Rng, locale: Locale) -> &'static str {
    THANKS
        .choose(rng)
        .map_or(THANKS[0][0], |texts| texts[locale_index(locale)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_text_is_distinct_so_the_demo_shows_variety() {
        let all: HashSet<&str> = CHANGES
            .iter()
            .flat_map(|(_, texts)| texts.iter().copied())
            .chain(THANKS.iter().flat_map(|texts| texts.iter().copied()))
            .collect();
        assert_eq!(all.len(), CHANGES.len() * 6 + THANKS.len() * 6);
    }
}
