import Plot

/// 400, 403, 404, 413, 429 and 500 in the same layout as every page, saying what happened and what the
/// visitor can do, without technical details.
struct ErrorPage {
    let context: PageContext
    let status: UInt
    var message: String? = nil
    /// For 413: the form had a file. A text form too large is told to make the text shorter.
    var upload = true

    func render() -> String {
        let c = context
        let (title, text): (String, String) = switch status {
        case 400: (c.t("Dit kan Plein niet verwerken", "Plein cannot process this"),
                   c.t("Wat u stuurde kan Plein niet verwerken. Er is niets bewaard. Ga terug, controleer wat u invulde en probeer het opnieuw.",
                       "Plein cannot process what you sent. Nothing has been saved. Go back, check what you entered and try again."))
        case 401: (c.t("U bent niet ingelogd", "You are not logged in"),
                   c.t("Log eerst in om deze pagina te zien.", "Log in first to see this page."))
        case 403: (c.t("Geen toegang", "No access"),
                   c.t("U mag deze pagina niet bekijken.", "You are not allowed to see this page."))
        case 404: (c.t("Pagina niet gevonden", "Page not found"),
                   c.t("Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.",
                       "This page does not exist (any more). Check the address or go to the home page."))
        case 413 where !upload: (c.t("Wat u stuurde is te lang", "What you sent is too long"),
                   c.t("Er is niets bewaard. Ga terug en maak de tekst korter.",
                       "Nothing has been saved. Go back and make the text shorter."))
        case 413: (c.t("Het bestand is te groot", "The file is too large"),
                   c.t("Het bestand dat u stuurde is te groot. Er is niets bewaard. Ga terug en kies een kleiner bestand, bijvoorbeeld een foto met een lagere kwaliteit.",
                       "The file you sent is too large. Nothing has been saved. Go back and choose a smaller file, for example a photo with a lower quality."))
        case 429: (c.t("Even wachten", "Please wait"),
                   c.t("Er is te vaak geprobeerd in te loggen. Wacht een kwartier en probeer het dan opnieuw.",
                       "There were too many attempts to log in. Wait a quarter of an hour and try again."))
        default: (c.t("Er ging iets mis", "Something went wrong"),
                  c.t("Er ging bij ons iets mis. Uw gegevens zijn niet veranderd. Probeer het later opnieuw.",
                      "Something went wrong on our side. Your data has not changed. Try again later."))
        }
        return Layout.render(c, title: title, main: .group(
            .h1(.text(title)),
            .p(.text(message ?? text)),
            .if(status == 401, .p(.a(.href("/inloggen"), .text(c.t("Naar inloggen", "Go to log in"))))),
            .p(.a(.href("/"), .text(c.t("Naar de startpagina", "Go to the home page"))))
        ))
    }
}
