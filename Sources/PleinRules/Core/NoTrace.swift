/// The recorder for computations whose explanation is not wanted (batch screening).
public struct NoTrace: TraceRecorder {
    @inlinable public init() {}
    @inlinable public mutating func step(_ omschrijving: @autoclosure () -> String,
                                         _ waarde: @autoclosure () -> TraceWaarde?,
                                         bron: @autoclosure () -> LegalReference) {}
    @inlinable public mutating func begin(_ omschrijving: @autoclosure () -> String,
                                          bron: @autoclosure () -> LegalReference) {}
    @inlinable public mutating func end(_ waarde: @autoclosure () -> TraceWaarde?) {}
}
