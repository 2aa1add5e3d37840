import Foundation
import PleinDomain

/// An ordered list of question pages with its own address, walked one question at a time
/// (the GOV.UK question-page pattern). "Check je rechten" and the bijstand application are
/// both questionnaires over the same `CheckAnswers`, so an answer given in one is not asked
/// again in the other.
struct Questionnaire: Sendable {
    /// Where the question pages live: `<path>/<slug>`.
    let path: String
    let questions: [CheckQuestion]

    static let rightsCheck = Questionnaire(path: "/check-je-rechten", questions: CheckQuestion.all)

    func named(_ slug: String) -> CheckQuestion? { questions.first { $0.slug == slug } }

    func address(of question: CheckQuestion) -> String { "\(path)/\(question.slug)" }

    /// The first question that applies and is not answered yet; nil when all are done.
    func next(after answers: CheckAnswers) -> CheckQuestion? {
        questions.first { $0.applies(answers) && !$0.isAnswered(in: answers) }
    }

    /// The question before this one that applies, for the back link.
    func previous(_ question: CheckQuestion, in answers: CheckAnswers) -> CheckQuestion? {
        guard let index = questions.firstIndex(where: { $0.slug == question.slug }) else { return nil }
        return questions[..<index].last { $0.applies(answers) }
    }

    /// The names of the fields that apply to these answers.
    func usedFields(_ answers: CheckAnswers) -> Set<String> {
        Set(questions.filter { $0.applies(answers) }.flatMap { $0.fields(answers).map(\.name) })
    }

    /// Reads one question's form: the answers with the new values, or every field's error.
    /// Answers to fields that no longer apply (say, the partner's birth date after answering
    /// "no partner") are forgotten, so they never count. A field not sent exactly once (twice,
    /// or as `kaleHuur[x]`) is an error of its own: which value was meant is not for Plein to guess.
    func answer(_ question: CheckQuestion, form: SubmittedForm, to answers: CheckAnswers,
                today: CivilDate) -> Result<CheckAnswers, PleinError> {
        var errors: [FieldError] = []
        var updated = answers
        for field in question.fields(answers) {
            if field.inputs.contains(where: form.ambiguous.contains) {
                errors.append(SubmittedForm.notSentOnce(field.name))
                continue
            }
            switch field.read(form.values, today: today) {
            case .success(let value): updated.set(field.name, value)
            case .failure(let error): errors.append(error)
            }
        }
        guard errors.isEmpty else { return .failure(.invalid(errors)) }
        updated.keepOnly(usedFields(updated))
        return .success(updated)
    }
}
