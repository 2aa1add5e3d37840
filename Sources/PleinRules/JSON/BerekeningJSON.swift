import Foundation
import PleinDomain

/// JSON in, JSON out: the pure function behind `plein check` and `POST /api/v1/berekeningen`.
/// The only file of the engine that uses Foundation (for JSONDecoder/JSONEncoder).
public enum BerekeningJSON {
    /// Decodes a household, evaluates it and encodes the result. On bad input — invalid JSON,
    /// invalid fields (all of them), a peildatum outside the supported period — returns the
    /// error; `foutenJSON` renders it.
    public static func bereken(_ invoer: Data, engine: Engine = Engine(), metTrace: Bool = true)
        -> Result<Data, RulesError> {
        decodeHuishouden(invoer).flatMap { huishouden in
            Result { () throws(RulesError) -> Data in
                let parameters = try ParameterSet(peildatum: huishouden.peildatum)
                return encode(engine.bereken(huishouden, parameters: parameters, traced: metTrace))
            }
        }
    }

    /// "Werken loont": `{"huishouden": {…}, "werk": {…}}` in, the 12-month comparison out.
    public static func werkenLoont(_ invoer: Data, engine: Engine = Engine()) -> Result<Data, RulesError> {
        decodeValue(invoer).flatMap(WerkenLoontDecoder.decode).flatMap { huishouden, werk in
            Result { () throws(RulesError) -> Data in
                encode(WerkenLoontUitvoer(try WerkenLoont(engine: engine).bereken(huishouden, werk: werk)))
            }
        }
    }

    public static func decodeHuishouden(_ data: Data) -> Result<Huishouden, RulesError> {
        decodeValue(data).flatMap(HuishoudenDecoder.decode)
    }

    /// Parses JSON text into a schema-less value; syntax errors become a field error on "".
    public static func decodeValue(_ data: Data) -> Result<JSONValue, RulesError> {
        do {
            return .success(try JSONDecoder().decode(JSONValue.self, from: data))
        } catch {
            return .failure(.ongeldigeInvoer([FieldError(path: "", message: "geen geldige JSON")]))
        }
    }

    public static func encode(_ berekening: Berekening) -> Data {
        encode(BerekeningUitvoer(berekening))
    }

    public static func foutenJSON(_ error: RulesError) -> Data {
        encode(FoutenUitvoer(error))
    }

    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs cannot fail: no non-finite numbers, string keys only.
        return try! encoder.encode(value)
    }
}
