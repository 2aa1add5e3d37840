/// The columns of households.csv, in their required order (docs/screening.md describes each).
/// One row per household; aanvrager and partner have their own columns, children and other
/// residents are lists in one column each.
public enum HuishoudensCSV {
    public static let kolommen = [
        "id", "gemeente", "vermogen", "woning", "kale_huur", "servicekosten", "overwaarde", "maanden_laag_inkomen",
        "gemeentelijke_belastingen",
    ] + persoonKolommen("aanvrager") + persoonKolommen("partner") + ["kinderen", "overigen"]

    static func persoonKolommen(_ rol: String) -> [String] {
        ["geboortedatum", "toetsingsinkomen", "netto_inkomen", "netto_arbeidsinkomen", "werkt_sinds",
         "medisch_urenbeperkt", "geen_onderhoud_ouders"].map { rol + "_" + $0 }
    }

    public static var kopregel: String { kolommen.joined(separator: ",") }

    /// Separates the entries of the kinderen and overigen lists.
    static let lidScheiding = UInt8(ascii: ";")
    /// Separates the facts within one entry.
    static let feitScheiding = UInt8(ascii: ":")
}
