import Foundation
import PleinRules

/// The demo municipality's themes: all switched on, its local schemes, its pages (the hub for
/// newcomers also in Arabic and Tigrinya) and a plan template. The Arabic and Tigrinya demo texts
/// are short and plain; a real municipality has its translations checked by native speakers.
enum DemoThemes {
    static func settings(for organisationID: UUID) throws -> MunicipalitySettings {
        MunicipalitySettings(organisationID: organisationID, themes: Theme.allCases,
                             schemesJSON: String(decoding: try JSONEncoder().encode(GemeenteRegelingen.voorbeeld), as: UTF8.self))
    }

    static func planTemplates(for organisationID: UUID) throws -> [PlanTemplate] {
        [try PlanTemplate(organisationID: organisationID, theme: .minima, name: "Rust in de financiën", goals: [
            .init(omschrijving: "Vaste lasten op tijd betalen", acties: [
                .init(omschrijving: "Budgetgesprek voeren", uitvoerder: .organisatie, termijnDagen: 14),
                .init(omschrijving: "Post elke week openmaken en bewaren", uitvoerder: .inwoner, termijnDagen: 7)]),
            .init(omschrijving: "Alle regelingen gebruiken waar het huishouden recht op heeft", acties: [
                .init(omschrijving: "Stadspas en kindpakket aanvragen", uitvoerder: .inwoner, termijnDagen: 21),
                .init(omschrijving: "Toeslagen nakijken", uitvoerder: .organisatie, termijnDagen: 28)])])]
    }

    static func pages(for organisationID: UUID) -> [ThemePage] {
        texts.map { ThemePage(organisationID: organisationID, theme: $0.0, language: $0.1, title: $0.2, body: $0.3) }
    }

    private static let texts: [(Theme, ContentLanguage, String, String)] = [
        (.wmo, .nl, "Hulp thuis", """
            Gaat iets thuis niet meer goed, bijvoorbeeld schoonmaken, boodschappen doen of uw geldzaken? Dan kunt u hulp vragen.

            ## Hoe gaat het?
            U vertelt wat er moeilijk gaat. Het team van uw wijk belt u en maakt een afspraak voor een gesprek. Samen kijkt u wat u nodig heeft.
            """),
        (.wmo, .en, "Help at home", """
            Is something at home no longer going well, for example cleaning, shopping or your money matters? Then you can ask for help.

            ## How does it work?
            You tell us what is difficult. The team of your area calls you and makes an appointment for a talk. Together you look at what you need.
            """),
        (.minima, .nl, "Rondkomen met een laag inkomen", """
            Heeft u weinig geld? De gemeente heeft regelingen die helpen: een Stadspas met korting op sport en uitjes, en een Kindpakket voor school, sport en kleding.

            Krijgt u bijstand? Dan ziet u hieronder meteen wat er voor u is.
            """),
        (.minima, .en, "Getting by on a low income", """
            Do you have little money? The municipality has schemes that help: a City Pass with discounts on sport and outings, and a Child Package for school, sport and clothes.

            Do you receive bijstand? Then you see right below what there is for you.
            """),
        (.statushouders, .nl, "Nieuw in Nederland", """
            Welkom in Gemeente Voorbeeld. Hier vindt u alles wat u nodig heeft op één plek.

            ## Wonen
            U krijgt een huis via de gemeente. Heeft u vragen over uw huis? Bel de woningcorporatie.

            ## Inburgeren
            U leert Nederlands en hoe het leven in Nederland werkt. De gemeente helpt u daarbij.

            ## Geld
            In het begin krijgt u vaak bijstand. U kunt ook zorgtoeslag en huurtoeslag aanvragen.

            ## Gezondheid
            U moet een zorgverzekering hebben. Kies een huisarts dicht bij uw huis.

            ## Taal
            Nederlands leren helpt u om werk en vrienden te vinden.
            """),
        (.statushouders, .en, "New in the Netherlands", """
            Welcome to the municipality of Voorbeeld. Here you find everything you need in one place.

            ## Housing
            You get a home through the municipality. Questions about your home? Call the housing association.

            ## Civic integration
            You learn Dutch and how life in the Netherlands works. The municipality helps you with that.

            ## Money
            At first you often receive bijstand. You can also apply for healthcare allowance and rent allowance.

            ## Health
            You must have health insurance. Choose a family doctor close to your home.

            ## Language
            Learning Dutch helps you find work and friends.
            """),
        (.statushouders, .ar, "جديد في هولندا", """
            مرحبًا بك في بلدية فوربيلد. هنا تجد كل ما تحتاجه في مكان واحد.

            ## السكن
            تحصل على بيت عن طريق البلدية. إذا كانت لديك أسئلة عن بيتك، اتصل بمؤسسة الإسكان.

            ## الاندماج
            تتعلم اللغة الهولندية وكيف تسير الحياة في هولندا. البلدية تساعدك في ذلك.

            ## المال
            في البداية تحصل غالبًا على المساعدة الاجتماعية (bijstand). يمكنك أيضًا طلب بدل الرعاية الصحية وبدل الإيجار.

            ## الصحة
            يجب أن يكون لديك تأمين صحي. اختر طبيب أسرة قريبًا من بيتك.

            ## اللغة
            تعلم اللغة الهولندية يساعدك على إيجاد عمل وأصدقاء.
            """),
        (.statushouders, .ti, "ሓድሽ ኣብ ኔዘርላንድ", """
            እንቋዕ ናብ ምምሕዳር ከተማ ፎርበልድ ብደሓን መጻእኩም። ኣብዚ ዘድልየኩም ኩሉ ኣብ ሓደ ቦታ ትረኽቡ።

            ## መንበሪ ገዛ
            ገዛ ብመንገዲ ምምሕዳር ከተማ ትረኽቡ። ብዛዕባ ገዛኹም ሕቶ እንተለኩም፡ ንትካል መንበሪ ገዛ ደውሉ።

            ## ምውህሃድ
            ቋንቋ ሆላንድን ኣብ ኔዘርላንድ ህይወት ከመይ ከም ዝኸይድን ትመሃሩ። ምምሕዳር ከተማ ይሕግዘኩም።

            ## ገንዘብ
            ኣብ መጀመርታ መብዛሕትኡ ግዜ ማሕበራዊ ሓገዝ (bijstand) ትረኽቡ። ሓገዝ ክንክን ጥዕናን ሓገዝ ክራይን ክትሓቱ ትኽእሉ ኢኹም።

            ## ጥዕና
            መድሕን ጥዕና ክህልወኩም ግድን እዩ። ኣብ ጥቓ ገዛኹም ሓኪም ስድራ ምረጹ።

            ## ቋንቋ
            ሆላንድኛ ምምሃር ስራሕን ኣዕሩኽን ንምርካብ ይሕግዘኩም።
            """),
        (.jeugd, .nl, "Bijna 18", """
            Als u 18 wordt, bent u volwassen. Dan moet u meer zelf regelen: uw zorgverzekering, toeslagen, uw geld en soms uw studie.

            Hieronder ziet u wat er verandert en vanaf wanneer. Bij elk punt staat welke wet het zegt.
            """),
        (.jeugd, .en, "Turning 18", """
            When you turn 18, you are an adult. Then you arrange more yourself: your health insurance, allowances, your money and sometimes your studies.

            Below you see what changes and from when. Each point says which law says so.
            """),
        (.werk, .nl, "Werk en bijstand", """
            Heeft u geen werk en te weinig geld om van te leven? Dan kunt u bijstand aanvragen. Bent u jonger dan 27? Dan zoekt u eerst vier weken zelf naar werk of een opleiding.

            Wilt u weten of werken loont? Check je rechten rekent uit wat u overhoudt met een baan, ook met uitzendwerk.
            """),
        (.werk, .en, "Work and bijstand", """
            No work and too little money to live on? Then you can apply for bijstand. Are you under 27? Then you first look for work or training yourself for four weeks.

            Want to know whether working pays? Check your entitlements calculates what you keep with a job, temporary work too.
            """),
    ]
}
