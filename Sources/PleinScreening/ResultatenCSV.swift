import PleinRules

/// The columns of results.csv: the household's id, then per scheme of the kernel its right and
/// its amount per month (docs/screening.md).
public enum ResultatenCSV {
    public static func kolommen(_ regelingen: [String]) -> [String] {
        ["id"] + regelingen.flatMap { [$0 + "_recht", $0 + "_per_maand"] }
    }

    /// The right as results.csv writes it; empty for a local scheme of another municipality.
    static func tekst(_ recht: BatchRecht) -> StaticString {
        switch recht {
        case .ja: return "ja"
        case .nee: return "nee"
        case .onbekend: return "onbekend"
        case .nietVanToepassing: return ""
        }
    }
}
