import Fluent
import Foundation
import SQLKit

/// Fills PostgreSQL with a large synthetic caseload for the demo municipality, for the
/// performance benchmark (bench/caseload.sh): residents with valid (11-proef) BSNs outside the
/// demo range, and cases in every status with their timeline, assignments and messages, spread
/// over the demo's professionals. Set-based SQL in batches, so a million cases take minutes,
/// not hours. PostgreSQL only: that is where a caseload of this size lives.
struct CaseGenerator: Sendable {
    let database: any SQLDatabase

    static let batchSize = 100_000

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func run(cases: Int, residents: Int, progress: @Sendable (String) -> Void) async throws {
        guard database.dialect.name == "postgresql" else {
            throw Failure(description: "plein generate-cases werkt alleen op PostgreSQL: zet DATABASE_URL.")
        }
        guard let organisation = try await database.raw("SELECT id FROM organisaties WHERE naam = 'Gemeente Voorbeeld'")
            .first(decoding: IDRow.self)?.id
        else { throw Failure(description: "De demogemeente ontbreekt: start eerst met PLEIN_DEMO=ja (plein migrate en plein serve zaaien haar).") }
        let workers = try await database.raw("""
            SELECT id, weergavenaam FROM gebruikers WHERE organisatie_id = \(bind: organisation)
            AND rol IN ('professional', 'regisseur') ORDER BY inlognaam
            """).all(decoding: WorkerRow.self)
        guard workers.count >= 2 else { throw Failure(description: "De demogemeente heeft te weinig professionals.") }
        let offset = try await database.raw("SELECT COUNT(*) AS n FROM zaken").first(decoding: CountRow.self)?.n ?? 0

        progress("\(residents) inwoners…")
        // Eight digits from 20000000 up, plus the 11-proef check digit; numbers whose check digit
        // would be 10 are skipped, so a few more candidates than needed are generated.
        try await database.raw("""
            INSERT INTO inwoners (id, organisatie_id, bsn, voornamen, achternaam, zoeknaam, geboortedatum, postcode, huisnummer, woonplaats, aangemaakt_op, gewijzigd_op)
            SELECT gen_random_uuid(), \(bind: organisation), base || check_digit,
                   (ARRAY['Sanne','Daan','Fatima','Mohammed','Emma','Noah','Yara','Lucas','Aisha','Sem','Julia','Milan','Noor','Finn','Zeynep','Jesse'])[1 + n % 16],
                   family, lower(family),
                   to_char(DATE '1950-01-01' + (n * 7919 % 25000), 'YYYY-MM-DD'),
                   (1011 + n % 19)::text || 'AB', (1 + n % 200)::text, 'Voorbeeld', now(), now()
            FROM (
                SELECT n, base, family,
                       (9 * substr(base, 1, 1)::int + 8 * substr(base, 2, 1)::int + 7 * substr(base, 3, 1)::int
                        + 6 * substr(base, 4, 1)::int + 5 * substr(base, 5, 1)::int + 4 * substr(base, 6, 1)::int
                        + 3 * substr(base, 7, 1)::int + 2 * substr(base, 8, 1)::int) % 11 AS check_digit
                FROM (SELECT n, (20000000 + n)::text AS base,
                             (ARRAY['Jansen','de Vries','van den Berg','Bakker','Visser','Smit','Meijer','de Boer','Mulder','de Groot',
                                    'Bos','Vos','Peters','Hendriks','van Leeuwen','Dekker','Yilmaz','El Amrani','Nguyen','Tesfay'])[1 + n % 20] AS family
                      FROM generate_series(1, \(bind: residents * 11 / 10 + 10)::int) AS n) AS candidates
            ) AS numbered
            WHERE check_digit < 10
            LIMIT \(bind: residents)
            """).run()
        try await database.raw("""
            CREATE TEMPORARY TABLE bench_inwoners AS
            SELECT row_number() OVER (ORDER BY bsn) - 1 AS rn, bsn, voornamen || ' ' || achternaam AS naam, zoeknaam
            FROM inwoners WHERE organisatie_id = \(bind: organisation) AND bsn >= '200000000' AND bsn < '999990000'
            """).run()
        let pool = try await database.raw("SELECT COUNT(*) AS n FROM bench_inwoners").first(decoding: CountRow.self)?.n ?? 0
        guard pool > 0 else { throw Failure(description: "Geen inwoners om zaken aan te koppelen.") }

        var done = 0
        while done < cases {
            let count = min(Self.batchSize, cases - done)
            let first = offset + done + 1, last = offset + done + count
            try await insertBatch(organisation: organisation, workers: workers, first: first, last: last, pool: pool)
            done += count
            progress("\(done) van \(cases) zaken")
        }
        try await database.raw("DROP TABLE bench_inwoners").run()
        // VACUUM too, not only ANALYZE: a freshly loaded table has no visibility map yet, so
        // every index-only scan (the work queue's count, M015) would still read the cases.
        // Autovacuum gets there in a running database; the benchmark should not wait for it.
        progress("VACUUM ANALYZE…")
        try await database.raw("VACUUM (ANALYZE)").run()
    }

    /// One batch of cases, and per case two timeline lines (a resident has at most one open case:
    /// the first case of each resident may be open, later ones are decided), one assignment and, for every fifth
    /// case, a message: one statement, so the dependent rows share the cases' ids.
    private func insertBatch(organisation: UUID, workers: [WorkerRow], first: Int, last: Int, pool: Int) async throws {
        try await database.raw("""
            WITH numbers AS (SELECT n FROM generate_series(\(bind: first)::int, \(bind: last)::int) AS n),
            new_cases AS (
                INSERT INTO zaken (id, organisatie_id, bsn, naam, zoeknaam, referentie, status, antwoorden, ingediend_op,
                                   zoekperiode_tot, beslissen_voor, behandelaar_id, behandelaar_naam, opdrachten_open,
                                   opdrachten_te_beoordelen, eerstvolgende_deadline, aangemaakt_op, gewijzigd_op)
                SELECT gen_random_uuid(), \(bind: organisation), r.bsn, r.naam, r.zoeknaam,
                       'BB-2025-' || substr(lpad(n::text, 8, '0'), 1, 4) || '-' || substr(lpad(n::text, 8, '0'), 5, 4),
                       CASE WHEN n > \(bind: pool) THEN 'besloten' WHEN n % 10 = 0 THEN 'zoekperiode' WHEN n % 10 < 5 THEN 'in_behandeling' ELSE 'besloten' END,
                       jsonb_build_object('values', jsonb_build_object('samenwonen', 'nee', 'geboortedatum', '1990-05-05',
                           'kinderen', '0', 'huisgenoten', '0', 'woning', 'huur', 'kaleHuur', '65000', 'servicekosten', '2500',
                           'nettoPerMaand', '0', 'brutoPerJaar', '0', 'vermogen', '30000', 'email', 'inwoner@voorbeeld.nl',
                           'telefoon', '0612345678', 'iban', 'NL91ABNA0417164300')),
                       now() - make_interval(days => n % 400),
                       CASE WHEN n <= \(bind: pool) AND n % 10 = 0 THEN to_char(current_date + (n % 28), 'YYYY-MM-DD') END,
                       to_char(current_date + (n % 84) - 20, 'YYYY-MM-DD'),
                       CASE n % 3 WHEN 0 THEN \(bind: workers[0].id) WHEN 1 THEN \(bind: workers[1].id) END,
                       CASE n % 3 WHEN 0 THEN \(bind: workers[0].weergavenaam) WHEN 1 THEN \(bind: workers[1].weergavenaam) END,
                       CASE WHEN n > \(bind: pool) OR n % 10 >= 5 THEN 0 ELSE n % 4 END,
                       CASE WHEN n <= \(bind: pool) AND n % 10 < 5 AND n % 3 = 0 THEN 1 ELSE 0 END,
                       CASE WHEN n <= \(bind: pool) AND n % 10 < 5 AND n % 4 > 0 THEN to_char(current_date + (n % 60) - 30, 'YYYY-MM-DD') END,
                       now() - make_interval(days => n % 400),
                       now() - make_interval(mins => n % 100000)
                FROM numbers JOIN bench_inwoners r ON r.rn = n % \(bind: pool)
                RETURNING id, naam, ingediend_op, status, eerstvolgende_deadline
            ),
            received AS (
                INSERT INTO zaak_gebeurtenissen (id, zaak_id, organisatie_id, op, soort, detail, door, voor_inwoner)
                SELECT gen_random_uuid(), id, \(bind: organisation), ingediend_op, 'ingediend', NULL, naam, true FROM new_cases
            ),
            treated AS (
                INSERT INTO zaak_gebeurtenissen (id, zaak_id, organisatie_id, op, soort, detail, door, voor_inwoner)
                SELECT gen_random_uuid(), id, \(bind: organisation), ingediend_op + interval '1 day', 'in_behandeling', NULL, 'Plein', true
                FROM new_cases WHERE status <> 'zoekperiode'
            ),
            assignments AS (
                INSERT INTO opdrachten (id, zaak_id, organisatie_id, titel, instructie, bewijs, deadline, status, aangemaakt_op)
                SELECT gen_random_uuid(), id, \(bind: organisation), 'Solliciteer op 4 banen',
                       'Zoek 4 banen die bij u passen en solliciteer.', 'tekst',
                       coalesce(eerstvolgende_deadline, to_char(ingediend_op + interval '21 days', 'YYYY-MM-DD')),
                       CASE WHEN status = 'besloten' THEN 'geaccepteerd' ELSE 'open' END, ingediend_op
                FROM new_cases
            )
            INSERT INTO berichten (id, zaak_id, organisatie_id, afzender_id, van_inwoner, afzender_naam, tekst, verzonden_op)
            SELECT gen_random_uuid(), id, \(bind: organisation), \(bind: workers[0].id), false, \(bind: workers[0].weergavenaam),
                   'Welkom. Ik ben uw consulent.', ingediend_op + interval '2 days'
            FROM new_cases WHERE random() < 0.2
            """).run()
    }

    private struct IDRow: Decodable { let id: UUID }
    private struct CountRow: Decodable { let n: Int }
    private struct WorkerRow: Decodable { let id: UUID, weergavenaam: String }
}
