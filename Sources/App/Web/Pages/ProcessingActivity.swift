/// Plain-language names for the processing activities in the processing log.
enum ProcessingActivity {
    static func describe(_ activity: String, _ context: PageContext) -> String {
        switch activity {
        case "inwoner-behandelen": context.t("Uw gegevens bekeken of gewijzigd voor uw dienstverlening", "Viewed or changed your data to help you")
        case "inzage-betrokkene": context.t("U heeft zelf uw gegevens bekeken", "You viewed your own data")
        default: activity
        }
    }
}
