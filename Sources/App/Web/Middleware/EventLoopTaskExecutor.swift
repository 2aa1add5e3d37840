import NIOCore

/// Runs a task's jobs on one NIO event loop: the request's own.
///
/// A request's connection to PostgreSQL lives on the same event loop as its HTTP connection
/// (Fluent keeps a pool per loop). Swift's default executor runs async code on its own thread
/// pool, so every database statement went there and back: a cross-thread wake-up each way,
/// about twenty per page. With this executor as the request task's preference, a statement is
/// written, answered and resumed on one thread, and the request's CPU goes to the request.
/// Work that blocks (password hashing) still goes to Vapor's thread pool.
final class EventLoopTaskExecutor: TaskExecutor {
    private let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

extension EventLoop {
    /// NIO's `makeFutureWithTask`, but the task runs on this event loop: a plain `Task` does not
    /// keep its creator's executor preference, so it would start on Swift's thread pool.
    func makeFutureOnLoop<Value: Sendable>(_ body: @escaping @Sendable () async throws -> Value) -> EventLoopFuture<Value> {
        let promise = makePromise(of: Value.self)
        Task(executorPreference: EventLoopTaskExecutor(self)) {
            do {
                promise.succeed(try await body())
            } catch {
                promise.fail(error)
            }
        }
        return promise.futureResult
    }
}
