/// Role names as people say them.
enum RoleName {
    static func describe(_ role: User.Role, _ context: PageContext) -> String {
        switch role {
        case .inwoner: context.t("Inwoner", "Resident")
        case .professional: context.t("Professional", "Professional")
        case .regisseur: context.t("Regisseur", "Case coordinator")
        case .functioneelBeheerder: context.t("Functioneel beheerder", "Functional administrator")
        }
    }
}
