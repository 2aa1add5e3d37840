import Foundation
import Plot
import PleinDomain

/// The start of the bijstand application: what it is, what to have at hand, how long it takes,
/// the search period for people under 27, and the resident's own applications.
struct ApplicationStartPage {
    let context: PageContext
    let cases: [CaseFile]

    func render() -> String {
        let c = context
        let draft = cases.first { $0.status == .concept }
        let running = cases.first { $0.status == .zoekperiode || $0.status == .inBehandeling }
        return Layout.render(c, title: c.t("Bijstand aanvragen", "Apply for bijstand"), main: .group(
            .h1(.text(c.t("Bijstand aanvragen", "Apply for bijstand"))),
            .unwrap(running) { file in
                .div(.class("notice"), .p(
                    .text(c.t("U heeft al een aanvraag (\(file.reference)). De status is: \(file.status.label.nl.lowercased()). ",
                              "You already have an application (\(file.reference)). Its status is: \(file.status.label.en.lowercased()). ")),
                    .a(.href("/zaken/\(file.id!.uuidString)"), .text(c.t("Bekijk uw aanvraag", "View your application")))))
            },
            .if(running == nil, .group(
                .p(.class("lead"), .text(c.t(
                    "Bijstand is geld van de gemeente als u niet genoeg inkomen of spaargeld heeft om van te leven.",
                    "Bijstand is money from the municipality when you do not have enough income or savings to live on."))),
                .h2(.text(c.t("Zo werkt het", "How it works"))),
                .ol(
                    .li(.text(c.t("U beantwoordt vragen over uw huishouden, woning, inkomen en spaargeld. Dat duurt ongeveer 20 minuten. Wij bewaren uw antwoorden: u kunt stoppen en later verder gaan.",
                                  "You answer questions about your household, home, income and savings. This takes about 20 minutes. We keep your answers: you can stop and continue later."))),
                    .li(.text(c.t("U stuurt documenten mee, zoals uw identiteitsbewijs en bankafschriften. Heeft u die nog niet? Dan kunt u ze later sturen.",
                                  "You send documents, such as your proof of identity and bank statements. Do you not have them yet? Then you can send them later."))),
                    .li(.text(c.t("U controleert alles en verstuurt de aanvraag. U kunt daarna op Plein zien hoe het met uw aanvraag gaat.",
                                  "You check everything and send the application. After that you can follow your application on Plein.")))
                ),
                .h2(.text(c.t("Bent u jonger dan 27 jaar?", "Are you under 27?"))),
                .p(.text(c.t("Dan zoekt u eerst 4 weken naar werk of een opleiding. Dat heet de zoekperiode. U krijgt daarvoor opdrachten. Daarna behandelen wij uw aanvraag. Dat staat in de wet (Participatiewet, artikel 41).",
                             "Then you first look for work or education for 4 weeks. This is called the search period. You get assignments for it. After that we process your application. This is the law (Participatiewet, article 41)."))),
                .h2(.text(c.t("Wanneer hoort u iets?", "When will you hear from us?"))),
                .p(.text(c.t("Wij beslissen binnen 8 weken nadat wij uw aanvraag in behandeling nemen. Als u recht heeft, krijgt u bijstand vanaf de dag dat u de aanvraag verstuurde.",
                             "We decide within 8 weeks after we start processing your application. If you are entitled, you receive bijstand from the day you sent the application."))),
                .p(.text(c.t("Wilt u eerst weten of u waarschijnlijk recht heeft? ", "Do you first want to know whether you are probably entitled? ")),
                   .a(.href("/check-je-rechten"), .text(c.t("Doe de check", "Do the check"))),
                   .text(c.t(". Uw antwoorden worden dan meegenomen in de aanvraag.", ". Your answers are then used in the application."))),
                .form(.method(.post), .action("/aanvraag"),
                    UI.csrfField(c),
                    .button(.type(.submit), .class("button"),
                            .text(draft == nil ? c.t("Start uw aanvraag", "Start your application") : c.t("Ga verder met uw aanvraag", "Continue your application"))))
            )),
            .if(cases.contains { $0.status != .concept }, .group(
                .h2(.text(c.t("Uw aanvragen", "Your applications"))),
                .ul(.forEach(cases.filter { $0.status != .concept }) { file in
                    .li(.a(.href("/zaken/\(file.id!.uuidString)"), .text(file.reference)),
                        .text(" — \(file.status.label.text(in: c.language))"))
                })
            ))
        ))
    }
}
