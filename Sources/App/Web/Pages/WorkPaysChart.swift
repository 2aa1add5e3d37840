import PleinDomain
import PleinRules

/// A bar chart in plain SVG: per month one bar for now and one for with the job. It has a
/// title and description for screen readers; the table beside it carries the same numbers.
struct WorkPaysChart {
    let result: WerkenLoontResultaat
    let language: Language

    static func monthName(_ date: CivilDate, _ language: Language) -> String {
        let nl = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return (language == .nl ? nl : en)[date.month - 1] + " \(date.year)"
    }

    var svg: String {
        let width = 720, height = 320, left = 70, bottom = 40, top = 20
        let plotHeight = height - bottom - top
        let maximum = max(1, result.maanden.map { max($0.huidig.totaal.cents, $0.metWerk.totaal.cents) }.max() ?? 1)
        let slot = (width - left - 10) / max(1, result.maanden.count)
        let barWidth = max(4, slot / 2 - 4)
        func y(_ cents: Int64) -> Int { top + plotHeight - Int(Int64(plotHeight) * max(0, cents) / maximum) }
        let title = language.pick(nl: "Inkomen van uw huishouden per maand, nu en met werk",
                                  en: "Your household's income per month, now and with the job")
        let description = language.pick(
            nl: "Staafdiagram. Per maand een blauwe staaf voor nu en een groene staaf voor met werk. De tabel hieronder geeft dezelfde bedragen.",
            en: "Bar chart. Per month a blue bar for now and a green bar for with the job. The table below gives the same amounts.")
        var parts = [
            ##"<svg class="chart" viewBox="0 0 \##(width) \##(height)" role="img" aria-labelledby="grafiek-titel grafiek-uitleg" xmlns="http://www.w3.org/2000/svg">"##,
            ##"<title id="grafiek-titel">\##(title.attributeEscaped)</title><desc id="grafiek-uitleg">\##(description.attributeEscaped)</desc>"##,
            ##"<line x1="\##(left)" y1="\##(top + plotHeight)" x2="\##(width - 5)" y2="\##(top + plotHeight)" stroke="#1b1b1b"/>"##,
            ##"<text x="\##(left - 8)" y="\##(top + 10)" text-anchor="end" font-size="12" fill="#1b1b1b">\##(Money(cents: maximum).formatted.attributeEscaped)</text>"##,
            ##"<text x="\##(left - 8)" y="\##(top + plotHeight)" text-anchor="end" font-size="12" fill="#1b1b1b">€ 0</text>"##,
        ]
        for (index, month) in result.maanden.enumerated() {
            let x = left + index * slot + 2
            let now = month.huidig.totaal.cents, job = month.metWerk.totaal.cents
            parts.append(##"<rect x="\##(x)" y="\##(y(now))" width="\##(barWidth)" height="\##(top + plotHeight - y(now))" fill="#154273"/>"##)
            parts.append(##"<rect x="\##(x + barWidth + 2)" y="\##(y(job))" width="\##(barWidth)" height="\##(top + plotHeight - y(job))" fill="#1e6b34"/>"##)
            parts.append(##"<text x="\##(x + barWidth)" y="\##(height - bottom + 16)" text-anchor="middle" font-size="11" fill="#1b1b1b">\##(Self.monthName(month.maand, language).prefix(3).description.attributeEscaped)</text>"##)
        }
        parts.append(##"<rect x="\##(left)" y="\##(height - 14)" width="12" height="12" fill="#154273"/><text x="\##(left + 16)" y="\##(height - 4)" font-size="12" fill="#1b1b1b">\##(language.pick(nl: "Nu", en: "Now"))</text>"##)
        parts.append(##"<rect x="\##(left + 70)" y="\##(height - 14)" width="12" height="12" fill="#1e6b34"/><text x="\##(left + 86)" y="\##(height - 4)" font-size="12" fill="#1b1b1b">\##(language.pick(nl: "Met werk", en: "With the job"))</text>"##)
        parts.append("</svg>")
        return parts.joined()
    }
}
