import Fluent

/// The numbered migrations, in order. Never edit one that has shipped: add the next number.
enum Migrations {
    static let all: [any Migration] = [
        M001CreateOrganisations(),
        M002CreateResidents(),
        M003CreateAccounts(),
        M004CreateLogs(),
        M005CreateSavedCalculations(),
        M006CreateCases(),
        M007CreateMovesAndWebhooks(),
        M008CreateInvolvements(),
        M009CreateConsents(),
        M010CreateIncomeParts(),
        M011CreatePlans(),
        M012CreateHelpRequests(),
        M013CreateThemes(),
        M014IndexCasesToReview(),
        M015IndexWorkQueue(),
    ]
}
