/// The one-byte codes the batch columns store for the input's enumerations; 0 is always
/// "not given". Written out rather than derived from `allCases`, which builds an array on
/// every call and would allocate in the kernel's loop.
public enum KolomCode {
    public static func code(_ soort: WoningSoort?) -> UInt8 {
        switch soort {
        case nil: return 0
        case .huur: return 1
        case .koop: return 2
        case .geen: return 3
        }
    }

    @inline(__always)
    public static func woningSoort(_ code: UInt8) -> WoningSoort? {
        switch code {
        case 1: return .huur
        case 2: return .koop
        case 3: return .geen
        default: return nil
        }
    }

    public static func code(_ soort: KinderopvangSoort?) -> UInt8 {
        switch soort {
        case nil: return 0
        case .dagopvang: return 1
        case .buitenschoolseOpvang: return 2
        case .gastouderopvang: return 3
        }
    }

    @inline(__always)
    public static func kinderopvangSoort(_ code: UInt8) -> KinderopvangSoort? {
        switch code {
        case 1: return .dagopvang
        case 2: return .buitenschoolseOpvang
        case 3: return .gastouderopvang
        default: return nil
        }
    }

    public static func code(_ uitzondering: KostendelerUitzondering?) -> UInt8 {
        switch uitzondering {
        case nil: return 0
        case .studiefinanciering: return 1
        case .commercieleHuur: return 2
        }
    }

    public static func kostendelerUitzondering(_ code: UInt8) -> KostendelerUitzondering? {
        switch code {
        case 1: return .studiefinanciering
        case 2: return .commercieleHuur
        default: return nil
        }
    }
}
