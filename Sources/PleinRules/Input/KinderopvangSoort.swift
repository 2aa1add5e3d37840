/// The kinds of childcare the Wet kinderopvang distinguishes for the maximum hourly price.
public enum KinderopvangSoort: String, Hashable, Sendable, CaseIterable {
    case dagopvang
    case buitenschoolseOpvang
    case gastouderopvang
}
