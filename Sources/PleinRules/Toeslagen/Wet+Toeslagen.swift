/// The regulations below the toeslag laws that set some of their figures. They live here, not
/// in `Core/Wet.swift`, because only the toeslagen cite them.
extension Wet {
    public static let besluitHuurtoeslag = Wet(id: "BWBR0008763", titel: "Besluit op de huurtoeslag")
    public static let verlagingEigenBijdrageHuurtoeslag =
        Wet(id: "BWBR0049106", titel: "Wet verlaging eigen bijdrage huurtoeslag")
    public static let besluitKinderopvangtoeslag =
        Wet(id: "BWBR0017321", titel: "Besluit kinderopvangtoeslag")
}
