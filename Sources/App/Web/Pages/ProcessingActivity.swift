/// Plain-language names for the processing activities in the processing log.
enum ProcessingActivity {
    static func describe(_ activity: String, _ context: PageContext) -> String {
        switch activity {
        case "inwoner-behandelen": context.t("Uw gegevens bekeken of gewijzigd voor uw dienstverlening", "Viewed or changed your data to help you")
        case "inzage-betrokkene": context.t("U heeft zelf uw gegevens bekeken", "You viewed your own data")
        case "rekenhulp-bewaren": context.t("U heeft een uitkomst van Check je rechten bewaard", "You kept a result of Check your entitlements")
        case "bijstand-aanvraag-behandelen": context.t("Uw bijstandsaanvraag behandeld", "Handled your bijstand application")
        case "bijstand-aanvraag-inwoner": context.t("U heeft aan uw bijstandsaanvraag gewerkt", "You worked on your bijstand application")
        case "gegevens-delen-met-toestemming": context.t("Gegevens gezien die u met toestemming deelt", "Saw data you share with consent")
        case "hulpvraag-wmo": context.t("Uw hulpvraag doorgestuurd of behandeld", "Passed on or handled your request for help")
        case "minima-aanbod": context.t("Gekeken welke regelingen u krijgt omdat u bijstand heeft", "Checked which schemes you get because you receive bijstand")
        case "inkomensoverzicht": context.t("Uw inkomsten doorgegeven of bekeken", "Supplied or viewed your income")
        case "regie-plan": context.t("Aan uw plan gewerkt", "Worked on your plan")
        case "toestemming-beheren": context.t("Uw toestemming vastgelegd", "Recorded your consent")
        case "verhuizing-doorgeven": context.t("Uw verhuizing doorgegeven", "Passed on your move")
        case "verwijsindex": context.t("Doorgegeven dat een organisatie u helpt", "Registered that an organisation helps you")
        default: activity
        }
    }
}
