import Foundation
import Plot

/// The application's answers as a summary list, optionally with a change link per answer.
enum ApplicationAnswersList {
    static func render(_ answers: CheckAnswers, changeLinks: Bool, _ c: PageContext) -> Node<HTML.BodyContext> {
        let questionnaire = BijstandApplicationService.questionnaire
        return .dl(.class("summary-list"), .forEach(questionnaire.questions.filter { $0.applies(answers) }) { question in
            .group(question.fields(answers).map { field in
                .div(.class("summary-row"),
                    .dt(.text(field.label.text(in: c.language))),
                    .dd(.text(answers.value(field.name).map { field.display($0, in: c.language) } ?? "")),
                    .if(changeLinks, .dd(.class("summary-action"), .a(.href("\(questionnaire.address(of: question))?terug=overzicht"),
                        .text(c.t("Wijzig", "Change")),
                        .span(.class("visually-hidden"), .text(" " + field.label.text(in: c.language).lowercased()))))))
            })
        })
    }
}
