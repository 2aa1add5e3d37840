/// Plain-language names for the processing activities in the processing log.
enum ProcessingActivity {
    static func describe(_ activity: String, _ context: PageContext) -> String {
        switch activity {
        case "inwoner-behandelen": context.t("Uw gegevens bekeken of gewijzigd voor uw dienstverlening", "Viewed or changed your data to help you")
        case "inzage-betrokkene": context.t("U heeft zelf uw gegevens bekeken", "You viewed your own data")
        case "rekenhulp-bewaren": context.t("U heeft een uitkomst van Check je rechten bewaard", "You kept a result of Check your entitlements")
        default: activity
        }
    }
}
